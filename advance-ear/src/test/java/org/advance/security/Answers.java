package org.advance.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.advance.security.Http.Reply;

/** What every answer of the suite must be, whatever was asked. */
final class Answers {

    private Answers() {}

    /** Never a 5xx; under /api always JSON; an error is {code, field, message} with a real message. */
    static void noServerError(String what, Reply r) {
        assertTrue(r.status() < 500, () -> what + ": a server error: " + r);
    }

    static void sound(String what, Reply r) {
        noServerError(what, r);
        // Scripts may name exception types (PrimeFaces' ajax exception handlers): the text shown may not.
        String shown = r.body() == null ? "" : r.body().replaceAll("(?s)<script[^>]*>.*?</script>", "");
        assertFalse(shown.contains("Exception") || shown.contains("\tat ") || shown.contains("Caused by"),
                () -> what + ": names an exception: " + r);
    }

    /**
     * Payara's HTTP parser (Grizzly) refuses a request line or header it finds malformed (a {@code %00}
     * in the path, header bytes outside ASCII) with an empty 400 before any application sees it. Our
     * own refusals always carry the JSON error, so an empty 400 on Payara can only be that one
     * documented exception (docs/security.md, README's known issues).
     */
    static boolean refusedByPayarasParser(Reply r) {
        return "payara".equals(System.getProperty("arquillian.launch")) && r.status() == 400
                && (r.body() == null || r.body().isEmpty());
    }

    static void soundApi(String what, Reply r) {
        sound(what, r);
        if (r.status() == 204 || refusedByPayarasParser(r)) {
            return;
        }
        assertTrue(r.isJson(), () -> what + ": not JSON: " + r);
        if (r.status() >= 400) {
            error(what, r);
        }
    }

    /** The API's error JSON: {code, field, message}, the message a sentence and not a key. */
    static JsonObject error(String what, Reply r) {
        JsonObject e;
        try {
            e = r.object();
        } catch (RuntimeException ex) {
            return fail(what + ": the error is not a JSON object: " + r);
        }
        assertTrue(e.containsKey("code") && e.get("code").getValueType() == JsonValue.ValueType.STRING, () -> what + ": no code: " + r);
        assertTrue(e.containsKey("field"), () -> what + ": no field: " + r);
        assertTrue(e.containsKey("message") && e.get("message").getValueType() == JsonValue.ValueType.STRING,
                () -> what + ": no message: " + r);
        String message = e.getString("message");
        assertFalse(message.isBlank() || message.startsWith("error.") || message.startsWith("api.error."),
                () -> what + ": message is not a sentence: " + r);
        return e;
    }

    /** An API refusal: this status, this code, this field (null: the JSON null). */
    static void refused(String what, Reply r, int status, String code, String field) {
        soundApi(what, r);
        if (refusedByPayarasParser(r)) {
            return;
        }
        assertEquals(status, r.status(), () -> what + ": " + r);
        JsonObject e = error(what, r);
        assertEquals(code, e.getString("code"), () -> what + ": " + r);
        if (field == null) {
            assertTrue(e.isNull("field"), () -> what + ": field should be null: " + r);
        } else {
            assertEquals(field, e.isNull("field") ? null : e.getString("field"), () -> what + ": " + r);
        }
    }

    /** A refusal with one of several codes (where the contract leaves the choice to the API). */
    static void refusedWithOneOf(String what, Reply r, Set<Integer> statuses, Set<String> codes) {
        soundApi(what, r);
        if (refusedByPayarasParser(r)) {
            return;
        }
        assertTrue(statuses.contains(r.status()), () -> what + ": status " + r.status() + " not in " + statuses + ": " + r);
        String code = error(what, r).getString("code");
        assertTrue(codes.contains(code), () -> what + ": code " + code + " not in " + codes + ": " + r);
    }

    /** A payload never comes back as markup: where it holds '<', the page has it escaped, not raw. */
    static void escaped(String what, Reply page, String payload) {
        if (payload.indexOf('<') >= 0) {
            assertFalse(page.body().contains(payload), () -> what + ": the payload is in the page as markup");
        }
        // Quotes are harmless in text; written into an attribute unescaped they would end it.
        if (payload.startsWith("\"") || payload.startsWith("'")) {
            assertFalse(page.body().contains("=" + payload.charAt(0) + payload),
                    () -> what + ": the payload ends an attribute in the page");
        }
    }
}
