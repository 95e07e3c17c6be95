package org.advance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.advance.api.Api.Reply;

/**
 * What the API tests of the deployed EAR ask and check again and again, once: a refusal in the API's
 * error format, and what a worker's own answers tell (his employers, his table, his maximum).
 */
public final class ApiFixtures {

    private ApiFixtures() {}

    /** A refusal: this status, JSON, this code and field, and a message for a person (not a key). */
    public static void assertRefused(Reply reply, int status, String code, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/json"), reply::toString);
        JsonObject error = reply.object();
        assertEquals(code, error.getString("code"), reply::toString);
        if (field == null) {
            assertTrue(error.containsKey("field") && error.isNull("field"), reply::toString);
        } else {
            assertEquals(field, error.getString("field"), reply::toString);
        }
        String message = error.getString("message");
        assertFalse(message.isBlank() || message.startsWith("error.") || message.startsWith("api.error."), message);
    }

    public static long employerId(Api worker, String name) {
        return worker.get("/employers").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    public static List<Long> ids(Reply page) {
        return page.object().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue()).toList();
    }

    public static long total(Api worker, long employer) {
        return worker.get("/employers/" + employer + "/requests").object().getJsonNumber("total").longValue();
    }

    public static BigDecimal maximumAt(Api worker, long employer, long agency) {
        return agencyChoice(worker, employer, agency).getJsonObject("maximum").getJsonNumber("maximum").bigDecimalValue();
    }

    public static JsonObject agencyChoice(Api worker, long employer, long agency) {
        return worker.get("/employers/" + employer + "/form").object().getJsonArray("agencies")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getJsonNumber("id").longValue() == agency)
                .findFirst().orElseThrow();
    }

    /** The agency, after cancelling a request still waiting there (the demo data leaves some). */
    public static long freeAgency(Api worker, long employer, String agencyName) {
        JsonObject choice = worker.get("/employers/" + employer + "/form").object().getJsonArray("agencies")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("name").equals(agencyName))
                .findFirst().orElseThrow();
        long agency = choice.getJsonNumber("id").longValue();
        if (choice.getBoolean("hasOpenRequest")) {
            for (JsonValue row : worker.get("/employers/" + employer + "/requests?limit=100").object().getJsonArray("rows")) {
                JsonObject r = row.asJsonObject();
                if (r.getString("status").equals("SENT") && r.getJsonNumber("agencyId").longValue() == agency) {
                    Reply cancelled = worker.post("/requests/" + r.getJsonNumber("id") + "/cancel", null);
                    assertNotEquals(500, cancelled.status(), cancelled::toString);
                }
            }
        }
        return agency;
    }
}
