package org.advance.api;

import static org.advance.api.ApiFixtures.assertRefused;
import static org.advance.api.ApiFixtures.employerId;
import static org.advance.api.ApiFixtures.freeAgency;
import static org.advance.api.ApiFixtures.ids;
import static org.advance.api.ApiFixtures.maximumAt;
import static org.advance.api.ApiFixtures.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.advance.api.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The worker's side of the HTTP API, as the mobile app uses it, on the deployed EAR with the demo
 * data: happy paths, his rights, bad input (refused in his language, nothing stored), idempotency.
 */
@ExtendWith(ArquillianExtension.class)
class WorkerApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private final Api marie = Api.as("marie.durand");

    @Test
    void withoutValidCredentialsNothingIsAnswered() {
        assertEquals(401, Api.as(null).get("/employers").status());
        assertEquals(401, Api.as("marie.durand").withPassword("wrong").get("/employers").status());
        assertEquals(401, Api.as("nobody.here").get("/employers").status());
    }

    @Test
    void listsHisEmployersAndTheFormWithTheMaximumBreakdown() {
        Reply employers = marie.get("/employers");
        assertEquals(200, employers.status(), employers::toString);
        List<String> names = employers.array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
        assertEquals(List.of("Boulot Express", "Intérim Plus"), names);

        Reply form = marie.get("/employers/" + employerId(marie, "Intérim Plus") + "/form");
        assertEquals(200, form.status(), form::toString);
        JsonArray agencies = form.object().getJsonArray("agencies");
        assertEquals(List.of("Intérim Plus Lyon 3", "Intérim Plus Lyon 7"),
                agencies.getValuesAs(JsonObject.class).stream().map(a -> a.getString("name")).toList());
        JsonObject maximum = agencies.getJsonObject(0).getJsonObject("maximum");
        assertTrue(maximum.containsKey("maximum") && maximum.containsKey("basis") && maximum.containsKey("alreadyGranted"),
                maximum::toString);
    }

    @Test
    void sendsOneRequestPerIdempotencyKeyThenCancelsIt() {
        long employer = employerId(marie, "Intérim Plus");
        long agency = freeAgency(marie, employer, "Intérim Plus Lyon 3");
        long before = total(marie, employer);
        String key = Api.newKey();
        String body = Api.body("agencyId", agency, "amount", new BigDecimal("12.50"), "comment", "Pour le loyer");

        Reply first = marie.submit(employer, body, key);
        assertEquals(201, first.status(), first::toString);
        Reply again = marie.submit(employer, body, key);
        assertEquals(201, again.status(), again::toString);
        long id = first.object().getJsonNumber("id").longValue();
        assertEquals(id, again.object().getJsonNumber("id").longValue(), "the same key makes one request");
        assertEquals(before + 1, total(marie, employer));

        Reply detail = marie.get("/requests/" + id);
        assertEquals(200, detail.status(), detail::toString);
        JsonObject request = detail.object().getJsonObject("request");
        assertEquals("SENT", request.getString("status"));
        assertEquals(new BigDecimal("12.50"), request.getJsonNumber("askedAmount").bigDecimalValue());
        assertEquals("Pour le loyer", request.getString("workerComment"));
        assertTrue(request.getString("createdAt").endsWith("Z"), "times are UTC instants");

        Reply second = marie.submit(employer, body.replace("12.50", "13.00"), Api.newKey());
        assertEquals(409, second.status(), second::toString);
        assertEquals("OPEN_REQUEST_EXISTS", second.code());

        Reply cancelled = marie.post("/requests/" + id + "/cancel", null);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.object().getString("status"));
        Reply twice = marie.post("/requests/" + id + "/cancel", null);
        assertEquals(409, twice.status(), twice::toString);
        assertEquals("REQUEST_CLOSED", twice.code());
    }

    @Test
    void theMaximumCanBeAskedInsteadOfAnAmount() {
        long employer = employerId(marie, "Intérim Plus");
        long agency = freeAgency(marie, employer, "Intérim Plus Lyon 7");
        Reply sent = marie.submit(employer, Api.body("agencyId", agency, "maximum", true), Api.newKey());
        assertEquals(201, sent.status(), sent::toString);
        assertTrue(sent.object().getBoolean("askedMaximum"));
        assertEquals(200, marie.post("/requests/" + sent.object().getJsonNumber("id") + "/cancel", null).status());
    }

    @Test
    void badAmountsAreRefusedInHisLanguageAndStoreNothing() {
        long employer = employerId(marie, "Intérim Plus");
        long agency = freeAgency(marie, employer, "Intérim Plus Lyon 3");
        long before = total(marie, employer);
        BigDecimal maximum = maximumAt(marie, employer, agency);
        String a = "{\"agencyId\":" + agency + ",";
        assertRefused(marie.submit(employer, a + "\"amount\":-5}", Api.newKey()), 400, "AMOUNT_NOT_POSITIVE", "amount");
        assertRefused(marie.submit(employer, a + "\"amount\":0}", Api.newKey()), 400, "AMOUNT_NOT_POSITIVE", "amount");
        assertRefused(marie.submit(employer, a + "\"amount\":1e12}", Api.newKey()), 400, "AMOUNT_TOO_LARGE", "amount");
        assertRefused(marie.submit(employer, a + "\"amount\":10.123}", Api.newKey()), 400, "AMOUNT_TOO_PRECISE", "amount");
        assertRefused(marie.submit(employer, a + "\"amount\":" + maximum.add(new BigDecimal("0.01")) + "}", Api.newKey()),
                400, "AMOUNT_ABOVE_MAXIMUM", "amount");
        assertRefused(marie.submit(employer, a + "\"amount\":10,\"maximum\":true}", Api.newKey()), 400,
                "AMOUNT_AND_MAXIMUM", "amount");
        assertRefused(marie.submit(employer, a + "\"comment\":\"no amount\"}", Api.newKey()), 400, "AMOUNT_REQUIRED",
                "amount");
        assertRefused(marie.submit(employer, a + "\"amount\":10,\"comment\":\"" + "x".repeat(501) + "\"}", Api.newKey()),
                400, "TEXT_TOO_LONG", "comment");
        assertRefused(marie.submit(employer, a + "\"amount\":10,\"comment\":\"bell\\u0007\"}", Api.newKey()), 400,
                "TEXT_INVALID_CHARACTERS", "comment");
        assertRefused(marie.submit(employer, a + "\"amount\":10}", null), 400, "IDEMPOTENCY_KEY_INVALID", null);
        assertRefused(marie.submit(employer, a + "\"amount\":10}", "short"), 400, "IDEMPOTENCY_KEY_INVALID", null);
        // Malformed: not JSON, a number that is not one, the wrong shape.
        assertRefused(marie.submit(employer, "{\"agencyId\":", Api.newKey()), 400, "MALFORMED_JSON", null);
        // An amount in quotes is of the wrong JSON type, and the answer says which field (issue 11).
        assertRefused(marie.submit(employer, a + "\"amount\":\"douze\"}", Api.newKey()), 400, "INVALID_TYPE", "amount");
        assertRefused(marie.submit(employer, "[1,2]", Api.newKey()), 400, "MALFORMED_JSON", null);
        assertRefused(marie.submit(employer, "", Api.newKey()), 400, "MALFORMED_JSON", null);
        assertEquals(before, total(marie, employer), "nothing was stored");

        Reply french = marie.submit(employer, a + "\"amount\":-5}", Api.newKey());
        assertEquals("Le montant doit être supérieur à zéro.", french.object().getString("message"), french::toString);
        Reply english = Api.as("marie.durand").inLanguage("en-GB,en;q=0.8").submit(employer, a + "\"amount\":-5}", Api.newKey());
        assertEquals("The amount must be greater than zero.", english.object().getString("message"));
        Reply malformed = Api.as("marie.durand").inLanguage("en").submit(employer, "{oops", Api.newKey());
        assertEquals("The request cannot be read: a valid JSON object is expected.", malformed.object().getString("message"));
        assertFalse(malformed.body().contains("Exception"), "no stack trace: " + malformed.body());
    }

    @Test
    void aHostileCommentIsStoredAsPlainText() {
        long employer = employerId(marie, "Intérim Plus");
        long agency = freeAgency(marie, employer, "Intérim Plus Lyon 3");
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        Reply sent = marie.submit(employer, Api.body("agencyId", agency, "amount", 5, "comment", hostile), Api.newKey());
        assertEquals(201, sent.status(), sent::toString);
        assertTrue(sent.contentType().startsWith("application/json"), sent.contentType());
        assertEquals(hostile, sent.object().getString("workerComment"), "JSON carries it as text, never as markup");
        assertEquals(200, marie.post("/requests/" + sent.object().getJsonNumber("id") + "/cancel", null).status());
    }

    @Test
    void hisListPagesAndSortsInTheDatabase() {
        long employer = employerId(marie, "Intérim Plus");
        Reply all = marie.get("/employers/" + employer + "/requests?limit=100");
        assertEquals(200, all.status(), all::toString);
        long total = all.object().getJsonNumber("total").longValue();
        assertTrue(total >= 10, "demo data has about twelve requests per agency: " + total);

        Reply page = marie.get("/employers/" + employer + "/requests?limit=3&offset=2&sort=AMOUNT&asc=true");
        assertEquals(200, page.status(), page::toString);
        assertEquals(total, page.object().getJsonNumber("total").longValue());
        List<BigDecimal> amounts = page.object().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("askedAmount").bigDecimalValue()).toList();
        assertEquals(3, amounts.size());
        assertEquals(amounts.stream().sorted().toList(), amounts);

        // A page near the end (read from the other end by the API) is exactly the end of the table.
        List<Long> ids = ids(all);
        Reply tail = marie.get("/employers/" + employer + "/requests?limit=3&offset=" + (total - 3));
        assertEquals(ids.subList((int) total - 3, (int) total), ids(tail), tail::toString);
        Reply beyond = marie.get("/employers/" + employer + "/requests?offset=" + (total + 5));
        assertEquals(List.of(), ids(beyond));
        assertEquals(total, beyond.object().getJsonNumber("total").longValue());

        for (String sort : List.of("DATE", "AMOUNT", "AGENCY", "date")) {
            assertEquals(200, marie.get("/employers/" + employer + "/requests?sort=" + sort).status(), sort);
        }
        assertRefused(marie.get("/employers/" + employer + "/requests?sort=r.id;drop"), 400, "INVALID_SORT", "sort");
        assertRefused(marie.get("/employers/" + employer + "/requests?offset=abc"), 400, "INVALID_NUMBER", "offset");
        assertRefused(marie.get("/employers/" + employer + "/requests?limit=-1"), 400, "INVALID_NUMBER", "limit");
        assertRefused(marie.get("/employers/" + employer + "/requests?asc=maybe"), 400, "INVALID_BOOLEAN", "asc");
    }

    @Test
    void anotherWorkersRequestIsAsUnknownAsOneThatDoesNotExist() {
        long employer = employerId(marie, "Intérim Plus");
        long agency = freeAgency(marie, employer, "Intérim Plus Lyon 3");
        Reply sent = marie.submit(employer, Api.body("agencyId", agency, "amount", 7), Api.newKey());
        assertEquals(201, sent.status(), sent::toString);
        long id = sent.object().getJsonNumber("id").longValue();
        Api karim = Api.as("karim.benali");
        assertRefused(karim.get("/requests/" + id), 404, "NOT_FOUND", null);
        assertRefused(karim.post("/requests/" + id + "/cancel", null), 404, "NOT_FOUND", null);
        assertEquals("SENT", marie.get("/requests/" + id).object().getJsonObject("request").getString("status"),
                "karim's cancel changed nothing");
        assertRefused(marie.get("/requests/99999999"), 404, "NOT_FOUND", null);
        assertRefused(marie.get("/requests/abc"), 404, "NOT_FOUND", null);
        assertRefused(marie.get("/employers/99999999/form"), 404, "NOT_FOUND", null);
        // An agency of another employer, or one he never worked for, cannot be asked.
        long express = employerId(marie, "Boulot Express");
        assertRefused(marie.submit(express, Api.body("agencyId", agency, "amount", 7), Api.newKey()), 404, "NOT_FOUND",
                "agencyId");
        assertRefused(Api.as("agent.lyon").get("/employers"), 403, "NOT_ALLOWED", null);
        assertEquals(200, marie.post("/requests/" + id + "/cancel", null).status());
    }
}
