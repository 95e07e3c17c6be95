package org.advance.security;

import static org.advance.security.Answers.refused;
import static org.advance.security.Answers.refusedByPayarasParser;
import static org.advance.security.Answers.sound;
import static org.advance.security.Answers.soundApi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.advance.security.Actors.Role;
import org.advance.security.Endpoints.Endpoint;
import org.advance.security.Http.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rights matrix: every actor × every API endpoint (as JAX-RS reports them, see {@link Endpoints})
 * × ids (his own, another's, unknown, absurd), and every page × actor with the same ids, on the
 * deployed EAR with the demo data. Expected: never a 5xx; anonymous API calls 401 with a JSON body
 * and a challenge, anonymous pages a redirect to the login form; the wrong role 403; another's and
 * unknown ids 404 NOT_FOUND, never another person's data. An endpoint without an entry in
 * {@link #RULES} fails the suite: a new endpoint cannot escape it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RightsMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("advance.ear", "target/advance.ear")));
    }

    /** What kind of id an endpoint's path variable is. */
    enum IdKind { NONE, EMPLOYER, WORKER_REQUEST, STAFF_REQUEST, DIGEST_RUN }

    /**
     * One endpoint's expected outcomes. {@code roles}: who may call it; {@code own}: the status of a
     * call with the caller's own id (or without id); {@code skip}: actors not exercised (with why).
     */
    record Rule(Set<Role> roles, IdKind id, int own, String body, Set<Role> skip, String why) {
        static Rule of(Set<Role> roles, IdKind id, int own) {
            return new Rule(roles, id, own, null, Set.of(), null);
        }

        Rule body(String json) {
            return new Rule(roles, id, own, json, skip, why);
        }

        Rule skip(Set<Role> who, String reason) {
            return new Rule(roles, id, own, body, who, reason);
        }
    }

    private static final Set<Role> WORKER = EnumSet.of(Role.WORKER);
    private static final Set<Role> STAFF = EnumSet.of(Role.STAFF);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> SIGNED_IN = EnumSet.of(Role.WORKER, Role.STAFF, Role.STAFF_WITHOUT_ADVANCES, Role.ADMIN);

    /**
     * The expected outcomes of every endpoint. State-changing calls use ids whose change is refused
     * (a closed request: 409), so that the matrix changes no demo data.
     */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET employers", Rule.of(WORKER, IdKind.NONE, 200));
        RULES.put("GET employers/{id}/form", Rule.of(WORKER, IdKind.EMPLOYER, 200));
        RULES.put("GET employers/{id}/requests", Rule.of(WORKER, IdKind.EMPLOYER, 200));
        // A refused amount: the own employer answers 400, a foreign one 404 (nothing is stored).
        RULES.put("POST employers/{id}/requests", Rule.of(WORKER, IdKind.EMPLOYER, 400).body("{\"agencyId\":AGENCY,\"amount\":-1}"));
        RULES.put("GET requests/{id}", Rule.of(WORKER, IdKind.WORKER_REQUEST, 200));
        RULES.put("POST requests/{id}/cancel", Rule.of(WORKER, IdKind.WORKER_REQUEST, 409));
        RULES.put("GET staff/agencies", Rule.of(STAFF, IdKind.NONE, 200));
        RULES.put("GET staff/requests/pending", Rule.of(STAFF, IdKind.NONE, 200));
        RULES.put("GET staff/requests/history", Rule.of(STAFF, IdKind.NONE, 200));
        RULES.put("GET staff/requests/{id}", Rule.of(STAFF, IdKind.STAFF_REQUEST, 200));
        RULES.put("POST staff/requests/{id}/accept", Rule.of(STAFF, IdKind.STAFF_REQUEST, 409));
        RULES.put("POST staff/requests/{id}/refuse", Rule.of(STAFF, IdKind.STAFF_REQUEST, 409));
        RULES.put("POST admin/digest", Rule.of(ADMIN, IdKind.NONE, 202)
                .skip(ADMIN, "would send today's digest (AdminApiIT covers the administrator)"));
        RULES.put("GET admin/digest/{execution}", Rule.of(ADMIN, IdKind.DIGEST_RUN, 200));
        // A bearer token cannot open a session (the password is required): 400 PASSWORD_REQUIRED.
        RULES.put("POST session", Rule.of(SIGNED_IN, IdKind.NONE, 400));
        // Logging out: each actor closes a token opened for this call only.
        RULES.put("DELETE session", Rule.of(SIGNED_IN, IdKind.NONE, 204));
        // The administrator's throttle list and lift (issue 11).
        RULES.put("GET admin/throttles", Rule.of(ADMIN, IdKind.NONE, 200));
        // The matrix lifts a login that was never throttled: 200 {lifted: 0} (ThrottleIT lifts for real).
        RULES.put("DELETE admin/throttles", Rule.of(ADMIN, IdKind.NONE, 200));
    }

    /** Absurd ids: each must be as unknown as 999999999. */
    static final Map<String, String> ABSURD = new LinkedHashMap<>();

    static {
        ABSURD.put("unknown 999999999", "999999999");
        ABSURD.put("zero", "0");
        ABSURD.put("negative", "-1");
        ABSURD.put("letters", "abc");
        ABSURD.put("beyond long", "99999999999999999999");
        ABSURD.put("NUL", "%00");
        ABSURD.put("very long", "9".repeat(2000));
        ABSURD.put("SQL", "1%20OR%201=1");
        ABSURD.put("path traversal", "..%2F..%2Fadmin");
    }

    /** Ids of the demo data per actor and kind: "own" and "foreign" where there are. */
    private static final Map<Actors, Map<IdKind, Map<String, String>>> IDS = new EnumMap<>(Actors.class);
    /** Whose name must never appear in an answer about a foreign id. */
    private static final Map<String, String> OWNER_OF = new LinkedHashMap<>();
    private static final Map<Actors, Long> AGENCY = new EnumMap<>(Actors.class);

    @BeforeAll
    static void demoIds() {
        Map<String, Long> all = new LinkedHashMap<>(Actors.WORKER.employers());
        for (Actors worker : List.of(Actors.WORKER, Actors.OTHER_WORKER)) {
            Map<IdKind, Map<String, String>> ids = new EnumMap<>(IdKind.class);
            Map<String, Long> mine = worker.employers();
            all.putAll(mine);
            long employer = mine.values().iterator().next();
            ids.computeIfAbsent(IdKind.EMPLOYER, k -> new LinkedHashMap<>()).put("own", Long.toString(employer));
            List<JsonObject> rows = worker.requests(employer);
            JsonObject closed = rows.stream().filter(r -> !r.getString("status").equals("SENT")).findFirst().orElseThrow();
            ids.computeIfAbsent(IdKind.WORKER_REQUEST, k -> new LinkedHashMap<>()).put("own", closed.getJsonNumber("id").toString());
            AGENCY.put(worker, worker.get("/employers/" + employer + "/form").object().getJsonArray("agencies")
                    .getJsonObject(0).getJsonNumber("id").longValue());
            IDS.put(worker, ids);
        }
        // Another's: the other worker's request and an employer he never worked for (if any).
        for (Actors[] pair : new Actors[][] {{Actors.WORKER, Actors.OTHER_WORKER}, {Actors.OTHER_WORKER, Actors.WORKER}}) {
            String theirs = IDS.get(pair[1]).get(IdKind.WORKER_REQUEST).get("own");
            IDS.get(pair[0]).get(IdKind.WORKER_REQUEST).put("foreign", theirs);
            OWNER_OF.put(theirs, pair[1].fullName);
            Set<Long> mine = Set.copyOf(pair[0].employers().values());
            all.values().stream().filter(e -> !mine.contains(e)).findFirst()
                    .ifPresent(e -> IDS.get(pair[0]).get(IdKind.EMPLOYER).put("foreign", Long.toString(e)));
        }
        for (Actors[] pair : new Actors[][] {{Actors.STAFF, Actors.STAFF_OF_OTHER_EMPLOYER}, {Actors.STAFF_OF_OTHER_EMPLOYER, Actors.STAFF}}) {
            Map<IdKind, Map<String, String>> ids = IDS.computeIfAbsent(pair[0], k -> new EnumMap<>(IdKind.class));
            JsonObject mine = pair[0].staffTable("history").get(0);
            JsonObject theirs = pair[1].staffTable("history").get(0);
            Map<String, String> staff = ids.computeIfAbsent(IdKind.STAFF_REQUEST, k -> new LinkedHashMap<>());
            staff.put("own", mine.getJsonNumber("id").toString());
            staff.put("foreign", theirs.getJsonNumber("id").toString());
            OWNER_OF.put(theirs.getJsonNumber("id").toString(), theirs.getString("workerName"));
        }
    }

    @Test
    void everyEndpointOfTheApiHasExpectedOutcomes() {
        List<String> missing = Endpoints.all().stream().map(Endpoint::signature).filter(s -> !RULES.containsKey(s)).toList();
        assertEquals(List.of(), missing, "endpoints without an entry in RightsMatrixIT.RULES: say who may call them");
        assertTrue(Endpoints.all().size() >= 15, () -> "too few endpoints found: " + Endpoints.all());
    }

    @TestFactory
    Stream<DynamicTest> everyActorOnEveryEndpoint() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : Endpoints.all()) {
            Rule rule = RULES.get(endpoint.signature());
            if (rule == null) {
                continue; // reported by everyEndpointOfTheApiHasExpectedOutcomes
            }
            for (Actors actor : Actors.values()) {
                if (rule.skip().contains(actor.role)) {
                    continue;
                }
                for (Map.Entry<String, String> id : idsFor(actor, endpoint, rule).entrySet()) {
                    String name = actor.name().toLowerCase() + " (" + actor.login + ") " + endpoint + " id=" + id.getKey();
                    tests.add(DynamicTest.dynamicTest(name, () -> check(name, actor, endpoint, rule, id.getKey(), id.getValue())));
                }
            }
        }
        return tests.stream();
    }

    private static Map<String, String> idsFor(Actors actor, Endpoint endpoint, Rule rule) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (!endpoint.hasId()) {
            ids.put("none", null);
            return ids;
        }
        Map<String, String> known = IDS.getOrDefault(actor, Map.of()).getOrDefault(rule.id(), Map.of());
        if (known.isEmpty() && rule.id() != IdKind.DIGEST_RUN) {
            // Someone with no ids of this kind (another role): a real id of the kind's owner.
            Actors owner = rule.id() == IdKind.STAFF_REQUEST ? Actors.STAFF : Actors.WORKER;
            ids.put("real (" + owner.login + "'s)", IDS.get(owner).get(rule.id()).get("own"));
        } else {
            ids.putAll(known);
            if (known.containsKey("own")) {
                ids.put("own in Arabic-Indic digits", toDigits(known.get("own"), '\u0660'));
                ids.put("own in full-width digits", toDigits(known.get("own"), '\uFF10'));
            }
        }
        ABSURD.forEach(ids::put);
        return ids;
    }

    private static String toDigits(String ascii, char zero) {
        StringBuilder b = new StringBuilder();
        ascii.chars().forEach(c -> b.append((char) (zero + (c - '0'))));
        return Http.enc(b.toString());
    }

    private static void check(String name, Actors actor, Endpoint endpoint, Rule rule, String idName, String id) {
        String path = id == null ? "/" + endpoint.path() : endpoint.with(id);
        String query = endpoint.signature().equals("DELETE admin/throttles") ? "?login=nobody.at.all" : "";
        Http.Call call = Http.call(endpoint.method(), Http.API + path + query).header("Accept", "application/json");
        String token = actor.token();
        if (endpoint.signature().equals("DELETE session") && actor.login != null) {
            token = Actors.openSession(actor.login, "demo"); // never the actor's own token: the matrix goes on with it
        }
        call.bearer(token);
        if (endpoint.method().equals("POST")) {
            String body = rule.body() == null ? "" : rule.body().replace("AGENCY",
                    Long.toString(AGENCY.getOrDefault(actor, AGENCY.get(Actors.WORKER))));
            call.json(body);
            if (endpoint.headerParams().contains("Idempotency-Key")) {
                call.header("Idempotency-Key", java.util.UUID.randomUUID().toString());
            }
        }
        Reply r = call.send();
        if (idName.equals("path traversal")) {
            // The container resolves ../ before the API sees the path: whatever answers, it is no data.
            sound(name, r);
            assertTrue(r.status() >= 300 && r.status() != 200, () -> name + ": " + r);
            return;
        }
        soundApi(name, r);
        boolean absurd = ABSURD.containsKey(idName) || idName.contains("digits");
        boolean malformed = idName.equals("NUL") || idName.equals("very long") || idName.equals("path traversal");
        if (actor == Actors.ANONYMOUS) {
            refused(name, r, 401, "UNAUTHENTICATED", null);
            assertTrue(refusedByPayarasParser(r) || r.header("WWW-Authenticate").isPresent(), () -> name + ": no challenge: " + r);
            return;
        }
        if (!rule.roles().contains(actor.role)) {
            if (absurd) {
                Answers.refusedWithOneOf(name, r, Set.of(403, 404, 400), Set.of("NOT_ALLOWED", "NOT_FOUND"));
            } else {
                refused(name, r, 403, "NOT_ALLOWED", null);
            }
            return;
        }
        if (idName.equals("own") || idName.equals("none")) {
            if (rule.own() == 204 && r.status() == 200) {
                return; // a DELETE may answer what it removed
            }
            assertEquals(rule.own(), r.status(), () -> name + ": " + r);
            return;
        }
        if (malformed) {
            Answers.refusedWithOneOf(name, r, Set.of(400, 404), Set.of("NOT_FOUND"));
        } else if (rule.id() == IdKind.EMPLOYER && endpoint.method().equals("POST")) {
            // The agency given is not of that employer: the employer or the agencyId is not found.
            Answers.refusedWithOneOf(name, r, Set.of(404), Set.of("NOT_FOUND"));
        } else {
            refused(name, r, 404, "NOT_FOUND", null);
            String message = r.object().getString("message").toLowerCase();
            String thing = rule.id() == IdKind.EMPLOYER ? "employeur" : rule.id() == IdKind.DIGEST_RUN ? "" : "demande";
            assertTrue(message.contains(thing), () -> name + ": the message should name what was not found (" + thing + "): " + r);
        }
        String owner = OWNER_OF.get(id);
        if (owner != null) {
            assertFalse(r.body().contains(owner), () -> name + ": shows " + owner + "'s data: " + r);
        }
    }

    // ---- pages --------------------------------------------------------------------------------------

    /** A page, who may open it, and which id its query takes (?id= or ?employer=). */
    record Page(String path, Set<Role> roles, IdKind id, String param) {}

    static final List<Page> PAGES = List.of(
            new Page("/worker/employers.xhtml", WORKER, IdKind.NONE, null),
            new Page("/worker/ask.xhtml", WORKER, IdKind.EMPLOYER, "employer"),
            new Page("/worker/requests.xhtml", WORKER, IdKind.EMPLOYER, "employer"),
            new Page("/worker/detail.xhtml", WORKER, IdKind.WORKER_REQUEST, "id"),
            new Page("/staff/home.xhtml", EnumSet.of(Role.STAFF, Role.STAFF_WITHOUT_ADVANCES), IdKind.NONE, null),
            new Page("/staff/advances.xhtml", STAFF, IdKind.NONE, null),
            new Page("/staff/detail.xhtml", STAFF, IdKind.STAFF_REQUEST, "id"),
            new Page("/admin/status.xhtml", ADMIN, IdKind.NONE, null));

    private static final Set<String> PAGE_IDS = new TreeSet<>(Set.of("own", "foreign", "unknown 999999999", "zero",
            "negative", "letters", "beyond long", "very long", "SQL"));

    @TestFactory
    Stream<DynamicTest> everyActorOnEveryPage() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Actors actor : Actors.values()) {
            Actors.Browser[] browser = new Actors.Browser[1];
            for (Page page : PAGES) {
                Map<String, String> ids = new LinkedHashMap<>();
                if (page.id() == IdKind.NONE) {
                    ids.put("none", null);
                } else {
                    Rule rule = new Rule(page.roles(), page.id(), 200, null, Set.of(), null);
                    idsFor(actor, new Endpoint("GET", "x/{id}", List.of(), List.of(), false), rule).forEach((k, v) -> {
                        if (PAGE_IDS.contains(k) || k.startsWith("real")) {
                            ids.put(k, v);
                        }
                    });
                }
                for (Map.Entry<String, String> id : ids.entrySet()) {
                    String name = actor.name().toLowerCase() + " (" + actor.login + ") page " + page.path() + " id=" + id.getKey();
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        if (browser[0] == null) {
                            browser[0] = actor.browser();
                        }
                        checkPage(name, browser[0], actor, page, id.getKey(), id.getValue());
                    }));
                }
            }
        }
        return tests.stream();
    }

    private static void checkPage(String name, Actors.Browser browser, Actors actor, Page page, String idName, String id) {
        String url = page.path() + (id == null ? "" : "?" + page.param() + "=" + id);
        Reply r = browser.get(url);
        if (page.path().startsWith("/admin/")) {
            // The administrator's status page shows why mails could not be delivered, exception names included.
            Answers.noServerError(name, r);
        } else {
            sound(name, r);
        }
        if (actor == Actors.ANONYMOUS) {
            assertTrue(r.status() == 302 || r.status() == 303, () -> name + ": should redirect to the login form: " + r);
            assertTrue(r.location() != null && r.location().contains("/login.xhtml"), () -> name + ": " + r.location());
            return;
        }
        if (!page.roles().contains(actor.role)) {
            assertEquals(403, r.status(), () -> name + ": the wrong role must be refused: " + r);
            return;
        }
        assertEquals(200, r.status() == 404 && !idName.equals("own") ? 200 : r.status(), () -> name + ": " + r);
        if (idName.equals("own") || idName.equals("none")) {
            return;
        }
        assertTrue(r.body().contains("introuvable"), () -> name + ": no \"introuvable\" message for id " + idName + ": " + r);
        String owner = OWNER_OF.get(id);
        if (owner != null) {
            assertFalse(r.body().contains(owner), () -> name + ": shows " + owner + "'s data");
        }
    }
}
