package org.advance.security;

import static org.advance.security.Answers.sound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.advance.security.Http.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Headers and cookies on pages, API answers, errors and static resources (no Server/X-Powered-By,
 * nosniff, Referrer-Policy, a nonce-based CSP, no-store where signed in or under /api; the session
 * cookie HttpOnly + SameSite=Lax, Secure only as the proxy setting allows); a hostile Host header;
 * and a session id in a URL, which must never authenticate.
 *
 * <p>Secure: the CI servers are not configured behind a proxy (ADVANCE_BEHIND_PROXY unset), so an
 * "X-Forwarded-Proto: https" a client sends must be ignored (no Secure: a client could otherwise
 * pass for HTTPS). Run with -Dadvance.behindProxy=true against a server configured with
 * ADVANCE_BEHIND_PROXY=true and the same check requires Secure instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeadersAndSessionsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("advance.ear", "target/advance.ear")));
    }

    private static final boolean BEHIND_PROXY = Boolean.getBoolean("advance.behindProxy");

    /** SERVER: an address outside the application (the server's own root): only its name must not show. */
    enum Kind { PAGE, SIGNED_IN_PAGE, API, API_ERROR, PAGE_ERROR, STATIC, SERVER }

    private static Actors.Browser marie;

    private static synchronized Actors.Browser marie() {
        if (marie == null) {
            marie = Actors.WORKER.browser();
        }
        return marie;
    }

    /** The answers to check, each fetched when its test runs. */
    static Map<String, Object[]> answers() {
        Map<String, Object[]> a = new LinkedHashMap<>();
        a.put("login page", new Object[] {Kind.PAGE, (Supplier<Reply>) () -> Http.get(Http.APP + "/login.xhtml").send()});
        a.put("signed-in page worker/employers", new Object[] {Kind.SIGNED_IN_PAGE, (Supplier<Reply>) () -> marie().get("/worker/employers.xhtml")});
        a.put("signed-in page worker/detail?id=abc", new Object[] {Kind.SIGNED_IN_PAGE, (Supplier<Reply>) () -> marie().get("/worker/detail.xhtml?id=abc")});
        a.put("page redirect to login", new Object[] {Kind.PAGE_ERROR, (Supplier<Reply>) () -> Http.get(Http.APP + "/worker/employers.xhtml").send()});
        a.put("unknown page", new Object[] {Kind.PAGE_ERROR, (Supplier<Reply>) () -> Http.get(Http.APP + "/nothing-here.xhtml").send()});
        a.put("unknown file", new Object[] {Kind.PAGE_ERROR, (Supplier<Reply>) () -> Http.get(Http.APP + "/nothing-here.txt").send()});
        a.put("forbidden page", new Object[] {Kind.PAGE_ERROR, (Supplier<Reply>) () -> marie().get("/admin/status.xhtml")});
        a.put("WEB-INF", new Object[] {Kind.PAGE_ERROR, (Supplier<Reply>) () -> Http.get(Http.APP + "/WEB-INF/web.xml").send()});
        a.put("the server's root", new Object[] {Kind.SERVER, (Supplier<Reply>) () -> Http.get(Http.ROOT + "/").send()});
        a.put("API answer", new Object[] {Kind.API, (Supplier<Reply>) () -> Actors.WORKER.get("/employers")});
        a.put("API 401", new Object[] {Kind.API_ERROR, (Supplier<Reply>) () -> Http.get(Http.API + "/employers").send()});
        a.put("API 404", new Object[] {Kind.API_ERROR, (Supplier<Reply>) () -> Actors.WORKER.get("/requests/999999999")});
        a.put("API unknown path", new Object[] {Kind.API_ERROR, (Supplier<Reply>) () -> Actors.WORKER.get("/no/such/endpoint")});
        a.put("API 405", new Object[] {Kind.API_ERROR, (Supplier<Reply>) () -> Actors.WORKER.api("PUT", "/employers").json("{}").send()});
        a.put("API 400", new Object[] {Kind.API_ERROR, (Supplier<Reply>) () -> Actors.WORKER.get("/employers/1/requests?limit=abc")});
        a.put("static: PrimeFaces theme", new Object[] {Kind.STATIC, (Supplier<Reply>) () -> Http.get(Http.APP + firstResource(".css")).send()});
        a.put("static: PrimeFaces script", new Object[] {Kind.STATIC, (Supplier<Reply>) () -> Http.get(Http.APP + firstResource(".js")).send()});
        a.put("static: application stylesheet", new Object[] {Kind.STATIC, (Supplier<Reply>) () -> Http.get(Http.APP + "/resources/advance/advance.css").send()});
        return a;
    }

    private static final Pattern RESOURCE = Pattern.compile("(?:href|src)=\"/advance(/jakarta\\.faces\\.resource/[^\"]+)\"");

    private static String firstResource(String suffix) {
        Matcher m = RESOURCE.matcher(Http.get(Http.APP + "/login.xhtml").send().body());
        while (m.find()) {
            String path = m.group(1).replace("&amp;", "&");
            if (path.contains(suffix)) {
                return path;
            }
        }
        throw new AssertionError("no " + suffix + " resource in the login page");
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerCarriesTheSecurityHeaders() {
        List<DynamicTest> tests = new ArrayList<>();
        answers().forEach((name, v) -> {
            Kind kind = (Kind) v[0];
            @SuppressWarnings("unchecked")
            Supplier<Reply> fetch = (Supplier<Reply>) v[1];
            Reply[] reply = new Reply[1];
            Supplier<Reply> once = () -> reply[0] == null ? (reply[0] = fetch.get()) : reply[0];
            tests.add(DynamicTest.dynamicTest(name + ": no 5xx", () -> {
                if (kind == Kind.STATIC) {
                    assertEquals(200, once.get().status(), name); // scripts may well name exceptions
                } else {
                    sound(name, once.get());
                }
            }));
            tests.add(DynamicTest.dynamicTest(name + ": no Server header", () ->
                    assertTrue(once.get().header("Server").isEmpty(), () -> name + ": Server: " + once.get().header("Server").get())));
            tests.add(DynamicTest.dynamicTest(name + ": no X-Powered-By", () ->
                    assertTrue(once.get().header("X-Powered-By").isEmpty(), () -> name + ": X-Powered-By: " + once.get().header("X-Powered-By").get())));
            if (kind == Kind.SERVER) {
                return;
            }
            tests.add(DynamicTest.dynamicTest(name + ": X-Content-Type-Options nosniff", () ->
                    assertEquals("nosniff", once.get().header("X-Content-Type-Options").orElse("(none)").toLowerCase(Locale.ROOT), name)));
            tests.add(DynamicTest.dynamicTest(name + ": Referrer-Policy", () ->
                    assertTrue(once.get().header("Referrer-Policy").isPresent(), () -> name + ": no Referrer-Policy")));
            if (kind == Kind.PAGE || kind == Kind.SIGNED_IN_PAGE || kind == Kind.API || kind == Kind.API_ERROR) {
                tests.add(DynamicTest.dynamicTest(name + ": Content-Security-Policy", () -> {
                    String csp = once.get().header("Content-Security-Policy").orElse(null);
                    assertTrue(csp != null, () -> name + ": no Content-Security-Policy");
                    if (kind == Kind.PAGE || kind == Kind.SIGNED_IN_PAGE) {
                        String scripts = directive(csp, "script-src");
                        assertTrue(scripts != null && scripts.contains("'nonce-"), () -> name + ": script-src without a nonce: " + csp);
                        assertFalse(scripts.contains("'unsafe-inline'") && !scripts.contains("'strict-dynamic'"),
                                () -> name + ": script-src allows inline scripts: " + csp);
                    }
                }));
            }
            if (kind == Kind.SIGNED_IN_PAGE || kind == Kind.API || kind == Kind.API_ERROR) {
                tests.add(DynamicTest.dynamicTest(name + ": Cache-Control no-store", () ->
                        assertTrue(once.get().header("Cache-Control").orElse("").contains("no-store"),
                                () -> name + ": Cache-Control: " + once.get().header("Cache-Control").orElse("(none)"))));
            }
            if (kind == Kind.API_ERROR) {
                tests.add(DynamicTest.dynamicTest(name + ": our JSON error", () -> Answers.soundApi(name, once.get())));
            }
        });
        return tests.stream();
    }

    /** The value of one CSP directive (script-src, falling back to default-src as browsers do). */
    static String directive(String csp, String name) {
        String fallback = null;
        for (String part : csp.split(";")) {
            String p = part.trim();
            if (p.startsWith(name + " ")) {
                return p;
            }
            if (p.startsWith("default-src ")) {
                fallback = p;
            }
        }
        return fallback;
    }

    @Test
    void theNonceIsFreshOnEveryPageAndOnEveryScript() {
        Reply first = Http.get(Http.APP + "/login.xhtml").send();
        Reply second = Http.get(Http.APP + "/login.xhtml").send();
        String a = nonce(first);
        String b = nonce(second);
        assertTrue(a != null && b != null && !a.equals(b), () -> "nonces: " + a + " / " + b);
        Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(first.body());
        while (scripts.find()) {
            String attributes = scripts.group(1);
            assertTrue(attributes.contains("nonce=\"" + a + "\""), () -> "an inline script without the page's nonce: " + attributes);
        }
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(first.body().replaceAll("(?s)<script.*?</script>", "")).find(),
                "an inline event handler (onclick=...) would be blocked by the CSP");
    }

    private static String nonce(Reply page) {
        Matcher m = Pattern.compile("'nonce-([^']+)'").matcher(page.header("Content-Security-Policy").orElse(""));
        return m.find() ? m.group(1) : null;
    }

    // ---- the session cookie -------------------------------------------------------------------------

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Reply login = Http.get(Http.APP + "/login.xhtml").send();
        String cookie = login.sessionCookie().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
        assertTrue(has(cookie, "HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).replace(" ", "").contains(";samesite=lax"), cookie);
        assertEquals(1, cookie.toLowerCase(Locale.ROOT).split("samesite", -1).length - 1, () -> "SameSite once: " + cookie);
        assertFalse(has(cookie, "Secure"), () -> "plain HTTP: no Secure: " + cookie);
        // The session after login (a new id) carries the same attributes.
        Actors.Browser b = new Actors.Browser();
        Reply signedIn = b.login("marie.durand", "demo");
        String after = signedIn.sessionCookie().orElse(cookie);
        assertTrue(has(after, "HttpOnly") && after.toLowerCase(Locale.ROOT).contains("samesite=lax"), after);
    }

    @Test
    void secureFollowsTheProxySettingNotTheClient() {
        Reply r = Http.get(Http.APP + "/login.xhtml").header("X-Forwarded-Proto", "https").send();
        String cookie = r.sessionCookie().orElseThrow(() -> new AssertionError("no session cookie: " + r.headers()));
        if (BEHIND_PROXY) {
            assertTrue(has(cookie, "Secure"), () -> "behind the proxy, a request that came over HTTPS gets Secure: " + cookie);
        } else {
            assertFalse(has(cookie, "Secure"), () -> "not behind a proxy: a client's X-Forwarded-Proto must be ignored: " + cookie);
        }
        assertTrue(has(cookie, "HttpOnly") && cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
    }

    private static boolean has(String cookie, String attribute) {
        for (String part : cookie.split(";")) {
            if (part.trim().equalsIgnoreCase(attribute)) {
                return true;
            }
        }
        return false;
    }

    // ---- the Host header ----------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> redirectsNeverFollowAHostileHost() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("the context root without a slash (container redirect)", "/advance");
        paths.put("a protected page (login redirect)", "/advance/worker/employers.xhtml");
        paths.put("the welcome page", "/advance/");
        List<DynamicTest> tests = new ArrayList<>();
        for (String host : List.of("evil.example", "evil.example:" + Http.PORT, "127.0.0.1:" + Http.PORT + "@evil.example")) {
            paths.forEach((what, path) -> tests.add(DynamicTest.dynamicTest(what + " with Host: " + host, () -> {
                Reply r = Http.raw("GET", path, List.<String[]>of(new String[] {"Host", host}), null);
                sound(what, r);
                String location = r.location();
                assertTrue(location == null || !location.contains("evil.example"), () -> what + ": Location " + location);
            })));
            tests.add(DynamicTest.dynamicTest("X-Forwarded-Host " + host + " on a protected page", () -> {
                Reply r = Http.get(Http.APP + "/worker/employers.xhtml").header("X-Forwarded-Host", host).send();
                assertTrue(r.location() == null || !r.location().contains("evil.example"), () -> "Location " + r.location());
            }));
        }
        return tests.stream();
    }

    // ---- a session id in the URL ----------------------------------------------------------------------

    @Test
    void aSessionIdInTheUrlNeverAuthenticates() {
        Actors.Browser b = new Actors.Browser();
        Reply done = b.login("marie.durand", "demo");
        assertTrue(done.status() == 302 || done.status() == 303, done::toString);
        long employer = Actors.WORKER.employers().get("Intérim Plus");
        JsonObject row = Actors.WORKER.requests(employer).get(0);
        long id = row.getJsonNumber("id").longValue();
        Reply own = b.get("/worker/detail.xhtml?id=" + id);
        assertEquals(200, own.status(), own::toString);
        assertTrue(own.body().contains("Marie Durand") || own.body().contains(Long.toString(id)), "her page shows her request");

        for (String url : List.of("/worker/detail.xhtml;jsessionid=" + b.session + "?id=" + id,
                "/worker/detail.xhtml;JSESSIONID=" + b.session + "?id=" + id,
                "/worker/employers.xhtml;jsessionid=" + b.session,
                "/worker/detail.xhtml?id=" + id + "&jsessionid=" + b.session)) {
            Reply r = Http.get(Http.APP + url).send();
            sound(url, r);
            boolean toLogin = (r.status() == 302 || r.status() == 303) && r.location() != null && r.location().contains("/login.xhtml");
            assertTrue(toLogin || (r.status() >= 400 && r.status() < 500), () -> url + ": must redirect to the login page or refuse: " + r);
            assertFalse(r.body().contains("Marie Durand"), () -> url + ": shows her data without her cookie");
        }
        Reply api = Http.get(Http.API + "/requests/" + id + ";jsessionid=" + b.session).header("Accept", "application/json").send();
        assertEquals(401, api.status(), api::toString);
    }
}
