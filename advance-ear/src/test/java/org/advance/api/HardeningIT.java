package org.advance.api;

import static org.advance.api.ApiFixtures.assertRefused;
import static org.advance.api.ApiFixtures.employerId;
import static org.advance.api.ApiFixtures.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advance.api.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The thirteen findings of issue 11, each reproduced as it was reported, on the deployed EAR: each
 * of these tests failed before its fix. The wider corpus and the rights matrix are in
 * {@code org.advance.security}.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    private static final String PORT = System.getProperty("advance.httpPort", "20080");
    private static final String SITE = "http://127.0.0.1:" + PORT;
    private static final String EMOJI = "\uD83D\uDE00";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private final Api marie = Api.as("marie.durand");
    private final Api lyon = Api.as("agent.lyon");

    @Test
    void finding01_longNonBmpTextIsTooLongNotAServerError() {
        long employer = employerId(marie, "Intérim Plus");
        long agency = freeAgencyOf(marie, employer);
        // 251 emoji are 251 characters: within the 500 allowed, stored and read back whole (they were a 500).
        String fits = EMOJI.repeat(251);
        Reply stored = marie.submit(employer, Api.body("agencyId", agency, "amount", 5, "comment", fits),
                Api.newKey());
        assertEquals(201, stored.status(), stored::toString);
        long id = stored.object().getJsonNumber("id").longValue();
        try {
            assertEquals(fits, marie.get("/requests/" + id).object().getJsonObject("request").getString("workerComment"));
        } finally {
            assertEquals(200, marie.post("/requests/" + id + "/cancel", null).status());
        }
        String body = Api.body("agencyId", agency, "amount", 5, "comment", EMOJI.repeat(501));
        assertRefused(marie.submit(employer, body, Api.newKey()), 400, "TEXT_TOO_LONG", "comment");
        long waiting = waitingRequest();
        assertRefused(lyon.post("/staff/requests/" + waiting + "/refuse", Api.body("reason", EMOJI.repeat(201))),
                400, "TEXT_TOO_LONG", "reason");
        assertRefused(lyon.post("/staff/requests/" + waiting + "/accept", Api.body("comment", EMOJI.repeat(501))),
                400, "TEXT_TOO_LONG", "comment");
        assertEquals("SENT", lyon.get("/staff/requests/" + waiting).object().getJsonObject("request").getString("status"),
                "nothing was stored");
    }

    @Test
    void finding02_onlyAsciiDigitsAreNumbers() {
        long employer = employerId(marie, "Intérim Plus");
        long agency = agencyOf(marie, employer);
        for (String digits : new String[] {"१२", "١٢", "１２"}) {
            assertRefused(marie.submit(employer, Api.body("agencyId", agency, "amount", digits), Api.newKey()),
                    400, "INVALID_TYPE", "amount");
            assertRefused(marie.submit(employer, "{\"agencyId\":" + agency + ",\"amount\":" + digits + "}", Api.newKey()),
                    400, "MALFORMED_JSON", null);
        }
        assertRefused(marie.get("/employers/" + employer + "/requests?limit=" + Api.q("१०")), 400, "INVALID_NUMBER", "limit");
        assertRefused(marie.get("/employers/" + employer + "/requests?offset=" + Api.q("１")), 400, "INVALID_NUMBER", "offset");
    }

    @Test
    void finding03_amountAndDateErrorsSayWhatIsWrong() {
        long employer = employerId(marie, "Intérim Plus");
        long agency = agencyOf(marie, employer);
        for (String amount : new String[] {"12,345", "abc", " 12 ", "12€"}) {
            Reply reply = Api.as("marie.durand").inLanguage("en")
                    .submit(employer, Api.body("agencyId", agency, "amount", amount), Api.newKey());
            assertRefused(reply, 400, "INVALID_TYPE", "amount");
            assertTrue(reply.object().getString("message").contains("JSON number"), reply::toString);
        }
        Reply range = Api.as("agent.lyon").inLanguage("en").get("/staff/requests/pending?from=3000-01-01");
        assertRefused(range, 400, "DATE_OUT_OF_RANGE", "from");
        assertFalse(range.object().getString("message").contains("format"), range::toString);
        assertRefused(lyon.get("/staff/requests/pending?from=2026-13-45"), 400, "INVALID_DATE", "from");
        Reply unknown = Api.as("marie.durand").inLanguage("en").get("/employers/987654321/form");
        assertRefused(unknown, 404, "NOT_FOUND", null);
        assertEquals("This employer cannot be found.", unknown.object().getString("message"));
    }

    @Test
    void finding04_invisibleAndDirectionControlTextIsRefused() {
        long employer = employerId(marie, "Intérim Plus");
        long agency = agencyOf(marie, employer);
        long before = total(marie, employer);
        for (String text : new String[] {"abc\\u202Etxt.exe", "a\\u2066b", "\\u200B\\uFEFF", "lone \\uD800 surrogate"}) {
            // Written by hand: the texts are JSON escapes (a lone surrogate has no other form in JSON).
            assertRefused(marie.submit(employer, "{\"agencyId\":" + agency + ",\"amount\":5,\"comment\":\"" + text + "\"}",
                    Api.newKey()), 400, "TEXT_INVALID_CHARACTERS", "comment");
        }
        long waiting = waitingRequest();
        assertRefused(lyon.post("/staff/requests/" + waiting + "/refuse", "{\"reason\":\"ok\\u202E\"}"), 400,
                "TEXT_INVALID_CHARACTERS", "reason");
        assertEquals(before, total(marie, employer), "nothing was stored");
    }

    @Test
    void finding05_lenientJsonIsRefused() {
        long employer = employerId(marie, "Intérim Plus");
        long agency = agencyOf(marie, employer);
        long before = total(marie, employer);
        String a = "{\"agencyId\":" + agency + ",";
        assertRefused(marie.submit(employer, a + "\"amount\":10} xyz", Api.newKey()), 400, "MALFORMED_JSON", null);
        assertRefused(marie.submit(employer, a + "\"amount\":-1,\"amount\":10}", Api.newKey()), 400, "DUPLICATE_KEY", "amount");
        assertRefused(marie.submit(employer, a + "\"amount\":10,\"comment\":12}", Api.newKey()), 400, "INVALID_TYPE", "comment");
        assertRefused(marie.submit(employer, Api.body("agencyId", String.valueOf(agency), "amount", 10), Api.newKey()), 400,
                "INVALID_TYPE", "agencyId");
        String body = a + "\"amount\":10}";
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "application/xml", null}) {
            Reply reply = raw("POST", "/advance/api/employers/" + employer + "/requests", type, body, "marie.durand");
            assertRefused(reply, 415, "UNSUPPORTED_MEDIA_TYPE", null);
        }
        assertEquals(before, total(marie, employer), "nothing was stored");
    }

    @Test
    void finding06_errorsOutsideJaxRsAreOurJson() throws IOException {
        Reply anonymous = Api.as(null).get("/employers");
        assertRefused(anonymous, 401, "UNAUTHENTICATED", null);
        assertRefused(Api.as(null).get("/no/such/thing"), 401, "UNAUTHENTICATED", null);
        assertRefused(marie.get("/no/such/thing"), 404, "NOT_FOUND", null);
        assertRefused(raw("PUT", "/advance/api/employers", "application/json", "{}", "marie.durand"), 405,
                "METHOD_NOT_ALLOWED", null);
        assertRefused(raw("DELETE", "/advance/api/employers", null, null, "marie.durand"), 405, "METHOD_NOT_ALLOWED", null);
        // A header value with bytes outside ASCII: on WildFly it reaches the application and is refused as
        // an invalid key; on Payara the HTTP parser refuses the request first (docs/security.md).
        long employer = employerId(marie, "Intérim Plus");
        String body = Api.body("agencyId", agencyOf(marie, employer), "amount", 5);
        String answer = socket("POST /advance/api/employers/" + employer + "/requests HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Basic " + basic("marie.durand") + "\r\nContent-Type: application/json\r\n"
                + "Idempotency-Key: \u20AC\u20AC\u20AC\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertFalse(answer.contains("Payara") || answer.contains("WildFly") || answer.contains("Undertow"), answer);
        if (!answer.endsWith("\r\n\r\n")) {
            assertTrue(answer.contains("\"code\":\"IDEMPOTENCY_KEY_INVALID\""), answer);
        }
        // Pages: unknown addresses and methods get our pages, not the server's.
        Reply page = raw("GET", "/advance/no-such-page", null, null, null);
        assertEquals(404, page.status());
        assertTrue(page.body().contains("error-page"), page::toString);
        Reply method = raw("TRACE", "/advance/login.xhtml", null, null, null);
        assertTrue(method.status() >= 400 && method.status() < 500, method::toString);
        assertFalse(method.body().contains("Payara") || method.body().contains("Undertow"), method::toString);
    }

    @Test
    void finding07_securityHeadersAreOnPagesAndAnswers() {
        HttpResponse<String> login = plain(get("/advance/login.xhtml"));
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
        assertFalse(csp.contains("unsafe-inline'; script") || csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertNotNull(login.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(null));
        HttpResponse<String> api = plain(get("/advance/api/employers").header("Authorization", "Basic " + basic("marie.durand")));
        assertEquals("no-store", api.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        for (HttpResponse<String> answer : new HttpResponse[] {login, api, plain(get("/advance/no-such-page"))}) {
            assertTrue(answer.headers().firstValue("Server").isEmpty(), answer.headers()::toString);
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), answer.headers()::toString);
        }
    }

    @Test
    void finding08_sessionCookieIsLaxAndAUrlSessionIdOpensNothing() throws Exception {
        PageSession session = PageSession.login("karim.benali");
        String cookie = session.setCookie;
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        Api karim = Api.as("karim.benali");
        long employer = karim.get("/employers").array().getJsonObject(0).getJsonNumber("id").longValue();
        long id = karim.get("/employers/" + employer + "/requests").object().getJsonArray("rows").getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> stolen = plain(get("/advance/worker/detail.xhtml;jsessionid=" + session.id() + "?id=" + id));
        assertEquals(302, stolen.statusCode());
        assertFalse(stolen.body().contains("Karim"), stolen.body());
        String location = stolen.headers().firstValue("Location").orElse("");
        assertFalse(location.contains("jsessionid"), location);
    }

    @Test
    void finding09_wrongPasswordsAreThrottledPerAccountAndAddress() throws Exception {
        Api admin = Api.as("admin");
        try {
            // Five free mistakes, then waits of 1, 2, 4 and 8 s: a try during a wait is answered 429 at once.
            int failures = 0;
            Reply throttled = null;
            for (int attempt = 0; failures < 9 && attempt < 30; attempt++) {
                Reply reply = Api.as("julie.martin").withPassword("wrong-" + attempt).get("/employers");
                if (reply.status() == 429) {
                    assertTrue(failures > 5, "throttled after " + failures + " failures only");
                    throttled = reply;
                    Thread.sleep(1000L * Long.parseLong(reply.retryAfter()));
                } else {
                    assertEquals(401, reply.status(), reply::toString);
                    failures++;
                }
            }
            assertEquals(9, failures);
            assertNotNull(throttled, "never throttled");
            assertRefused(throttled, 429, "TOO_MANY_ATTEMPTS", null);
            // While the pair waits, even the right password is not checked; another account signs in as usual.
            assertEquals(429, Api.as("julie.martin").get("/employers").status());
            assertEquals(200, Api.as("lea.fournier").get("/employers").status());
            // The login form says so too.
            String form = PageSession.loginPage("julie.martin", "demo");
            assertTrue(form.contains("Trop de tentatives"), form);
            JsonObject listed = admin.get("/admin/throttles").array().getValuesAs(JsonObject.class).stream()
                    .filter(t -> "julie.martin".equals(t.getString("login", null))).findFirst().orElseThrow();
            assertTrue(listed.getInt("failures") >= 6, listed::toString);
            assertTrue(listed.containsKey("blockedUntil"), listed::toString);
            assertEquals(200, admin.delete("/admin/throttles?login=julie.martin").status());
            assertEquals(200, Api.as("julie.martin").get("/employers").status(), "lifted by the administrator");
        } finally {
            admin.delete("/admin/throttles?address=127.0.0.1");
        }
    }

    @Test
    void finding10_aForgedViewStateIsAnExpiredPageNeverAServerError() throws Exception {
        PageSession session = PageSession.login("karim.benali");
        HttpResponse<String> full = session.post("/advance/worker/employers.xhtml",
                "logoutForm=logoutForm&logoutForm%3Alogout=&jakarta.faces.ViewState=stateless", false);
        assertEquals(302, full.statusCode(), full::body);
        assertTrue(full.headers().firstValue("Location").orElse("").endsWith("/advance/expired.xhtml"));
        HttpResponse<String> ajax = session.post("/advance/worker/employers.xhtml",
                "jakarta.faces.partial.ajax=true&jakarta.faces.source=logoutForm%3Alogout&jakarta.faces.partial.execute=%40all"
                        + "&logoutForm=logoutForm&jakarta.faces.ViewState=1%3A2", true);
        assertEquals(200, ajax.statusCode());
        assertTrue(ajax.body().contains("<redirect url=\"/advance/expired.xhtml\""), ajax::body);
        assertFalse(ajax.body().contains("Exception"), ajax::body);
        // A form posted without the page's CSP nonce (a client without script, or a forged post): the same.
        PageSession anonymous = new PageSession();
        String page = anonymous.get("/advance/login.xhtml").body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), page);
        HttpResponse<String> noNonce = anonymous.post("/advance/login.xhtml", "login=login&login%3Ausername=nobody"
                + "&login%3Apassword=x&login%3Asubmit=&jakarta.faces.ViewState=" + Api.q(state.group(1)), false);
        assertTrue(noNonce.statusCode() < 500, () -> noNonce.statusCode() + " " + noNonce.body());
        assertFalse(noNonce.body().contains("Exception"), noNonce::body);
        HttpResponse<String> expired = session.get("/advance/expired.xhtml");
        assertEquals(200, expired.statusCode());
        assertTrue(expired.body().contains("La page a expiré"), expired::body);
    }

    @Test
    void finding11_aForgedHostGoesNowhere() throws IOException {
        String answer = socket("GET /advance/worker/requests.xhtml HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        Matcher location = Pattern.compile("(?im)^Location: *(\\S+)").matcher(answer);
        assertTrue(location.find(), answer);
        assertFalse(location.group(1).contains("evil.example"), answer);
        assertTrue(location.group(1).startsWith("/advance/"), answer);
    }

    @Test
    void finding12_aGetNeverChangesTheStoredLanguage() throws Exception {
        PageSession first = PageSession.login("hugo.garcia");
        HttpResponse<String> switched = first.get("/advance/worker/employers.xhtml?lang=en");
        assertEquals(302, switched.statusCode());
        assertTrue(first.get("/advance/worker/employers.xhtml").body().contains("lang=\"en\""), "this session in English");
        PageSession second = PageSession.login("hugo.garcia");
        assertTrue(second.get("/advance/worker/employers.xhtml").body().contains("lang=\"fr\""),
                "the account still French");
        // The FR/EN buttons post: that is remembered, and put back.
        assertEquals(303, second.post("/advance/worker/employers.xhtml?lang=en", "", false).statusCode());
        assertTrue(PageSession.login("hugo.garcia").get("/advance/worker/employers.xhtml").body().contains("lang=\"en\""));
        assertEquals(303, second.post("/advance/worker/employers.xhtml?lang=fr", "", false).statusCode());
        assertTrue(PageSession.login("hugo.garcia").get("/advance/worker/employers.xhtml").body().contains("lang=\"fr\""));
    }

    @Test
    void finding13_anotherSiteCannotDriveTheApi() {
        long employer = employerId(marie, "Intérim Plus");
        long before = total(marie, employer);
        long agency = agencyOf(marie, employer);
        String body = Api.body("agencyId", agency, "amount", 5);
        HttpResponse<String> crossSite = plain(HttpRequest.newBuilder(URI.create(SITE + "/advance/api/employers/" + employer
                        + "/requests")).header("Authorization", "Basic " + basic("marie.durand"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .header("Idempotency-Key", Api.newKey()).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(403, crossSite.statusCode(), crossSite::body);
        assertTrue(crossSite.body().contains("CROSS_SITE"), crossSite::body);
        Reply textPlain = raw("POST", "/advance/api/requests/1/cancel", "text/plain", "x", "marie.durand");
        assertRefused(textPlain, 415, "UNSUPPORTED_MEDIA_TYPE", null);
        HttpResponse<String> fetchSite = plain(HttpRequest.newBuilder(URI.create(SITE + "/advance/api/requests/1/cancel"))
                .header("Authorization", "Basic " + basic("marie.durand")).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, fetchSite.statusCode(), fetchSite::body);
        assertEquals(before, total(marie, employer), "nothing was stored");
        // The same origin is fine.
        HttpResponse<String> sameOrigin = plain(HttpRequest.newBuilder(URI.create(SITE + "/advance/api/employers"))
                .header("Authorization", "Basic " + basic("marie.durand")).header("Origin", SITE).GET());
        assertEquals(200, sameOrigin.statusCode());
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** HTTP/1.1 as browsers speak it over plain HTTP (java.net.http would try an h2c upgrade). */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    private static long agencyOf(Api api, long employer) {
        return api.get("/employers/" + employer + "/form").object().getJsonArray("agencies").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    /** An agency of this employer where the worker has no request waiting, so that one may be sent. */
    private static long freeAgencyOf(Api api, long employer) {
        return api.get("/employers/" + employer + "/form").object().getJsonArray("agencies").getValuesAs(JsonObject.class)
                .stream().filter(a -> !a.getBoolean("hasOpenRequest")).findFirst()
                .orElseThrow(() -> new AssertionError("every agency has a request waiting"))
                .getJsonNumber("id").longValue();
    }

    /** A request waiting in agent.lyon's agencies (the demo data has many). */
    private long waitingRequest() {
        return lyon.get("/staff/requests/pending?limit=1").object().getJsonArray("rows").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static String basic(String login) {
        return Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(SITE + path)).GET();
    }

    private static HttpResponse<String> plain(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any method and Content-Type (or none), with Basic credentials when a login is given. */
    private static Reply raw(String method, String path, String contentType, String body, String login) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SITE + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (login != null) {
            b.header("Authorization", "Basic " + basic(login));
        }
        b.header("Idempotency-Key", Api.newKey());
        HttpResponse<String> r = plain(b);
        return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Location").orElse(null), null);
    }

    /** Bytes on a socket, for what java.net.http will not send (a forged Host, raw header bytes). */
    private static String socket(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(PORT))) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A browser's session of the pages, without a browser: the login form, then its cookie. */
    static final class PageSession {

        private final HttpClient client;
        private final CookieManager cookies;
        String setCookie = "";

        private PageSession() {
            cookies = new CookieManager();
            client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        }

        static PageSession login(String login) throws Exception {
            PageSession session = new PageSession();
            HttpResponse<String> answer = session.submitLogin(login, "demo");
            assertEquals(302, answer.statusCode(), answer::body);
            session.setCookie = answer.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
            return session;
        }

        /** The login page as answered to a sign-in that did not go through. */
        static String loginPage(String login, String password) throws Exception {
            return new PageSession().submitLogin(login, password).body();
        }

        /** The login form as a browser posts it: with the view state and the page's CSP nonce, which PrimeFaces checks. */
        private HttpResponse<String> submitLogin(String login, String password) throws Exception {
            String page = get("/advance/login.xhtml").body();
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
            assertTrue(state.find(), page);
            Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
            assertTrue(nonce.find(), page);
            return post("/advance/login.xhtml", "login=login&login%3Ausername=" + Api.q(login) + "&login%3Apassword="
                    + Api.q(password) + "&login%3Asubmit=&jakarta.faces.ViewState=" + Api.q(state.group(1))
                    + "&primefaces.nonce=" + Api.q(nonce.group(1)), false);
        }

        String id() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .findFirst().orElseThrow().getValue();
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(SITE + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form, boolean ajax) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SITE + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (ajax) {
                b.header("Faces-Request", "partial/ajax");
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
