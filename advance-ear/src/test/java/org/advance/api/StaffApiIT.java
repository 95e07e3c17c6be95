package org.advance.api;

import static org.advance.api.ApiFixtures.assertRefused;
import static org.advance.api.ApiFixtures.employerId;
import static org.advance.api.ApiFixtures.freeAgency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.advance.api.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agency staff's side of the HTTP API on the deployed EAR with the demo data: the two tables with
 * their filters and sorts, the detail, accepting and refusing, their rights, bad input, and two
 * people answering the same request at once.
 */
@ExtendWith(ArquillianExtension.class)
class StaffApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private final Api lyon = Api.as("agent.lyon");
    private final Api marie = Api.as("marie.durand");

    @Test
    void hisAgenciesAndTablesHoldOnlyHisAgencies() {
        Reply agencies = lyon.get("/staff/agencies");
        assertEquals(200, agencies.status(), agencies::toString);
        assertEquals(List.of("Intérim Plus Lyon 3", "Intérim Plus Lyon 7"), names(agencies));

        for (String table : List.of("pending", "history")) {
            Reply page = lyon.get("/staff/requests/" + table + "?limit=100");
            assertEquals(200, page.status(), page::toString);
            Set<String> seen = rows(page).stream().map(r -> r.getString("agencyName")).collect(Collectors.toSet());
            assertTrue(Set.of("Intérim Plus Lyon 3", "Intérim Plus Lyon 7").containsAll(seen), table + ": " + seen);
            assertTrue(page.object().getJsonNumber("total").longValue() >= rows(page).size());
        }
        long lyon3 = agencyId(lyon, "Intérim Plus Lyon 3");
        Reply filtered = lyon.get("/staff/requests/history?agency=" + lyon3);
        assertTrue(rows(filtered).stream().allMatch(r -> r.getJsonNumber("agencyId").longValue() == lyon3), filtered::toString);
        // An agency that is not his gives an empty table, not someone else's requests.
        long lille = agencyId(Api.as("agent.lille"), "Boulot Express Lille Centre");
        Reply foreign = lyon.get("/staff/requests/history?agency=" + lille);
        assertEquals(0, foreign.object().getJsonNumber("total").longValue(), foreign::toString);
    }

    @Test
    void tablesFilterByDateAndSortOnEveryColumn() {
        String today = LocalDate.now().toString();
        String yearAgo = LocalDate.now().minusYears(1).toString();
        Reply ranged = lyon.get("/staff/requests/history?from=" + yearAgo + "&to=" + today + "&limit=100");
        assertEquals(200, ranged.status(), ranged::toString);
        for (String sort : List.of("DATE", "WORKER", "AGENCY", "AMOUNT", "STATUS", "GRANTED", "DECIDED_AT", "DECIDED_BY")) {
            for (String asc : List.of("true", "false")) {
                Reply page = lyon.get("/staff/requests/history?sort=" + sort + "&asc=" + asc + "&limit=5");
                assertEquals(200, page.status(), sort + " " + page);
            }
        }
        Reply byAmount = lyon.get("/staff/requests/history?sort=AMOUNT&asc=false&limit=100");
        long total = byAmount.object().getJsonNumber("total").longValue();
        List<Long> ids = ApiFixtures.ids(byAmount);
        Reply lastPage = lyon.get("/staff/requests/history?sort=AMOUNT&asc=false&limit=4&offset=" + (total - 4));
        assertEquals(ids.subList((int) total - 4, (int) total), ApiFixtures.ids(lastPage), "the end of the table");
        List<BigDecimal> amounts = rows(byAmount).stream().map(r -> r.getJsonNumber("askedAmount").bigDecimalValue()).toList();
        assertEquals(amounts.stream().sorted((a, b) -> b.compareTo(a)).toList(), amounts);

        assertRefused(lyon.get("/staff/requests/pending?from=2024-02-30"), 400, "INVALID_DATE", "from");
        assertRefused(lyon.get("/staff/requests/pending?to=31/12/2024"), 400, "INVALID_DATE", "to");
        assertRefused(lyon.get("/staff/requests/pending?from=+99999-01-01"), 400, "INVALID_DATE", "from");
        assertRefused(lyon.get("/staff/requests/pending?from=2025-03-01&to=2025-01-01"), 400, "DATE_RANGE_INVALID", "from");
        assertRefused(lyon.get("/staff/requests/pending?sort=password_hash"), 400, "INVALID_SORT", "sort");
        assertRefused(lyon.get("/staff/requests/history?agency=lyon"), 400, "INVALID_NUMBER", "agency");
        Reply english = Api.as("agent.lyon").inLanguage("en").get("/staff/requests/pending?from=2024-13-01");
        assertEquals("This date is not valid: expected format YYYY-MM-DD.", english.object().getString("message"));
    }

    @Test
    void acceptsInPartWithTheFullHistoryAndRefusesNothingTwice() {
        long id = newRequestToLyon3("40.00");
        Reply detail = lyon.get("/staff/requests/" + id);
        assertEquals(200, detail.status(), detail::toString);
        assertEquals("SENT", detail.object().getJsonObject("request").getString("status"));

        assertRefused(lyon.post("/staff/requests/" + id + "/accept", Api.body("amount", 50)), 400, "AMOUNT_ABOVE_ASKED", "amount");
        assertRefused(lyon.post("/staff/requests/" + id + "/accept", Api.body("amount", -1)), 400, "AMOUNT_NOT_POSITIVE", "amount");
        assertRefused(lyon.post("/staff/requests/" + id + "/accept", Api.body("amount", new BigDecimal("1.001"))), 400, "AMOUNT_TOO_PRECISE", "amount");
        assertRefused(lyon.post("/staff/requests/" + id + "/accept", "{\"amount\":"), 400, "MALFORMED_JSON", null);
        assertRefused(lyon.post("/staff/requests/" + id + "/accept", Api.body("amount", 10, "comment", "y".repeat(501))),
                400, "TEXT_TOO_LONG", "comment");

        Reply accepted = lyon.post("/staff/requests/" + id + "/accept",
                Api.body("amount", new BigDecimal("25.50"), "reason", "Acompte partiel", "comment", "Virement demain"));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.object().getString("status"));
        assertEquals(new BigDecimal("25.50"), accepted.object().getJsonNumber("grantedAmount").bigDecimalValue());

        JsonObject after = lyon.get("/staff/requests/" + id).object();
        assertEquals(2, after.getJsonArray("history").size(), after::toString);
        assertEquals("Claire Bernard", after.getJsonObject("request").getString("decidedByName"));
        assertEquals("ACCEPTED", marie.get("/requests/" + id).object().getJsonObject("request").getString("status"));

        Reply refused = Api.as("direction.interimplus").post("/staff/requests/" + id + "/refuse", "{}");
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("ALREADY_DECIDED", refused.code());
        assertTrue(refused.object().getString("message").contains("Claire Bernard"), refused::toString);
    }

    @Test
    void refusesWithAReasonAndAnEmptyBodyAcceptsInFull() {
        long id = newRequestToLyon3("15.00");
        Reply refused = lyon.post("/staff/requests/" + id + "/refuse",
                Api.body("reason", "Heures de la période pas encore validées", "comment", "<b>désolé</b>"));
        assertEquals(200, refused.status(), refused::toString);
        assertEquals("REFUSED", refused.object().getString("status"));
        assertEquals("<b>désolé</b>", refused.object().getString("agencyComment"));

        long second = newRequestToLyon3("16.00");
        Reply accepted = lyon.post("/staff/requests/" + second + "/accept", null);
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(new BigDecimal("16.00"), accepted.object().getJsonNumber("grantedAmount").bigDecimalValue());
    }

    @Test
    void staffOfAnotherAgencyOrWithoutThePermissionSeeNothing() {
        long id = newRequestToLyon3("9.00");
        Api lille = Api.as("agent.lille");
        assertRefused(lille.get("/staff/requests/" + id), 404, "NOT_FOUND", null);
        assertRefused(lille.post("/staff/requests/" + id + "/accept", null), 404, "NOT_FOUND", null);
        assertRefused(lille.post("/staff/requests/" + id + "/refuse", null), 404, "NOT_FOUND", null);
        assertTrue(rows(lille.get("/staff/requests/pending?limit=100")).stream()
                .noneMatch(r -> r.getJsonNumber("id").longValue() == id));

        Api trainee = Api.as("stagiaire.lyon");
        assertRefused(trainee.get("/staff/requests/pending"), 403, "NOT_ALLOWED", null);
        assertRefused(trainee.get("/staff/agencies"), 403, "NOT_ALLOWED", null);
        assertRefused(trainee.post("/staff/requests/" + id + "/accept", null), 403, "NOT_ALLOWED", null);
        assertRefused(marie.get("/staff/requests/pending"), 403, "NOT_ALLOWED", null);
        assertRefused(lyon.get("/staff/requests/99999999"), 404, "NOT_FOUND", null);
        assertEquals("SENT", lyon.get("/staff/requests/" + id).object().getJsonObject("request").getString("status"));
        assertEquals(200, marie.post("/requests/" + id + "/cancel", null).status());
    }

    @Test
    void whenTwoAnswerAtOnceExactlyOneWinsAndTheOtherIsTold() throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = newRequestToLyon3("20.00");
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Reply> accept = CompletableFuture.supplyAsync(() -> {
                await(go);
                return lyon.post("/staff/requests/" + id + "/accept", null);
            });
            CompletableFuture<Reply> refuse = CompletableFuture.supplyAsync(() -> {
                await(go);
                return Api.as("direction.interimplus").post("/staff/requests/" + id + "/refuse", Api.body("comment", "non"));
            });
            go.countDown();
            List<Integer> statuses = List.of(accept.get().status(), refuse.get().status());
            assertEquals(Set.of(200, 409), Set.copyOf(statuses), accept.get() + " / " + refuse.get());
            Reply loser = accept.get().status() == 409 ? accept.get() : refuse.get();
            assertEquals("ALREADY_DECIDED", loser.code());
            String winner = accept.get().status() == 200 ? "ACCEPTED" : "REFUSED";
            JsonObject detail = lyon.get("/staff/requests/" + id).object();
            assertEquals(winner, detail.getJsonObject("request").getString("status"));
            assertEquals(2, detail.getJsonArray("history").size(), "one answer recorded: " + detail);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Marie sends a request to Lyon 3 (after cancelling one still waiting there). */
    private long newRequestToLyon3(String amount) {
        long employer = employerId(marie, "Intérim Plus");
        long agency = freeAgency(marie, employer, "Intérim Plus Lyon 3");
        Reply sent = marie.submit(employer, Api.body("agencyId", agency, "amount", new BigDecimal(amount)), Api.newKey());
        assertEquals(201, sent.status(), sent::toString);
        return sent.object().getJsonNumber("id").longValue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long agencyId(Api staff, String name) {
        return staff.get("/staff/agencies").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static List<String> names(Reply reply) {
        return reply.array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }

    private static List<JsonObject> rows(Reply page) {
        return page.object().getJsonArray("rows").getValuesAs(JsonObject.class);
    }
}
