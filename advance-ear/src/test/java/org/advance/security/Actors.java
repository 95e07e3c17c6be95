package org.advance.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advance.security.Http.Reply;

/**
 * Who plays in the security suite (demo logins, password "demo"), and how each signs in: a bearer
 * token of an API session for the API (the password hash is paid once per actor, not per call), a
 * session cookie from the login form for the pages.
 */
enum Actors {
    ANONYMOUS(null, Role.NONE, null),
    WORKER("marie.durand", Role.WORKER, "Marie Durand"),
    OTHER_WORKER("julie.martin", Role.WORKER, "Julie Martin"),
    STAFF("agent.lyon", Role.STAFF, "Claire Bernard"),
    STAFF_OF_OTHER_EMPLOYER("agent.paris", Role.STAFF, "Sarah Dubois"),
    STAFF_WITHOUT_ADVANCES("stagiaire.lyon", Role.STAFF_WITHOUT_ADVANCES, "Tom Mercier"),
    ADMIN("admin", Role.ADMIN, null);

    enum Role { NONE, WORKER, STAFF, STAFF_WITHOUT_ADVANCES, ADMIN }

    final String login;
    final Role role;
    final String fullName;

    private static final Map<Actors, String> TOKENS = new ConcurrentHashMap<>();

    Actors(String login, Role role, String fullName) {
        this.login = login;
        this.role = role;
        this.fullName = fullName;
    }

    /** The actor's bearer token (null for the anonymous), opened once with the password. */
    String token() {
        if (login == null) {
            return null;
        }
        return TOKENS.computeIfAbsent(this, a -> openSession(a.login, "demo"));
    }

    static String openSession(String login, String password) {
        Reply opened = Http.post(Http.API + "/session").basic(login, password).header("Accept", "application/json").send();
        assertEquals(201, opened.status(), () -> "session of " + login + ": " + opened);
        return opened.object().getString("token");
    }

    Http.Call api(String method, String path) {
        return Http.call(method, Http.API + path).bearer(token()).header("Accept", "application/json");
    }

    Reply get(String path) {
        return api("GET", path).send();
    }

    Reply post(String path, String json) {
        return api("POST", path).json(json == null ? "" : json).send();
    }

    // ---- pages ------------------------------------------------------------------------------------

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /**
     * A browser without JavaScript: one cookie jar (the session cookie), the pages' ViewState, and
     * the page's CSP nonce, which PrimeFaces' script adds to every post and PrimeFaces checks.
     */
    static final class Browser {
        String session;
        String nonce;

        Reply get(String pathAndQuery) {
            return keep(Http.get(Http.APP + pathAndQuery).header("Cookie", cookie()).send());
        }

        Reply post(String pathAndQuery, Map<String, String> fields) {
            return keep(Http.post(Http.APP + pathAndQuery).header("Cookie", cookie()).form(withNonce(fields)).send());
        }

        private Map<String, String> withNonce(Map<String, String> fields) {
            if (nonce == null || fields.containsKey("primefaces.nonce")) {
                return fields;
            }
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("primefaces.nonce", nonce);
            return all;
        }

        /** A PrimeFaces ajax post of a form (what the browser sends when a button with process="@form" is pressed). */
        Reply ajax(String pathAndQuery, String form, String source, Map<String, String> fields, String viewState) {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("jakarta.faces.partial.ajax", "true");
            all.put("jakarta.faces.source", source);
            all.put("jakarta.faces.partial.execute", form);
            all.put("jakarta.faces.partial.render", form);
            all.put(source, source);
            all.put(form, form);
            all.putAll(fields);
            all.put("jakarta.faces.ViewState", viewState);
            return keep(Http.post(Http.APP + pathAndQuery).header("Cookie", cookie()).header("Faces-Request", "partial/ajax")
                    .form(withNonce(all)).send());
        }

        private String cookie() {
            return session == null ? null : "JSESSIONID=" + session;
        }

        private Reply keep(Reply r) {
            Matcher n = NONCE.matcher(r.body() == null ? "" : r.body());
            if (n.find()) {
                nonce = n.group(1);
            }
            r.sessionCookie().ifPresent(c -> {
                Matcher m = SESSION.matcher(c);
                if (m.find()) {
                    session = m.group(1);
                }
            });
            return r;
        }

        /** Logs in through the form; returns the answer to the form's POST (a redirect when it worked). */
        Reply login(String login, String password) {
            Reply page = get("/login.xhtml");
            assertEquals(200, page.status(), page::toString);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:username", login);
            fields.put("login:password", password);
            fields.put("login:submit", "");
            fields.put("jakarta.faces.ViewState", viewState(page));
            return post("/login.xhtml", fields);
        }
    }

    static String viewState(Reply page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find(), () -> "no ViewState in " + page);
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    /** A browser signed in as this actor through the login form. */
    Browser browser() {
        Browser b = new Browser();
        if (login != null) {
            Reply done = b.login(login, "demo");
            assertTrue(done.status() == 302 || done.status() == 303, () -> login + " could not log in: " + done);
        }
        return b;
    }

    // ---- demo data as the API shows it --------------------------------------------------------------

    /** The actor's employers (workers): name -> id. */
    Map<String, Long> employers() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (JsonObject e : get("/employers").array().getValuesAs(JsonObject.class)) {
            ids.put(e.getString("name"), e.getJsonNumber("id").longValue());
        }
        return ids;
    }

    /** The worker's requests at an employer (first 100 rows). */
    List<JsonObject> requests(long employer) {
        return get("/employers/" + employer + "/requests?limit=100").object().getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    /** The staff's "historique" (decided requests) or "à traiter", first 100 rows. */
    List<JsonObject> staffTable(String table) {
        return get("/staff/requests/" + table + "?limit=100").object().getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    long total(long employer) {
        return get("/employers/" + employer + "/requests").object().getJsonNumber("total").longValue();
    }
}
