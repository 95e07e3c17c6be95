package org.advance.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The strict reading of request bodies: each lenient reading JSON-B allowed is now a named refusal. */
class JsonBodyTest {

    @Test
    void aWellFormedBodyIsRead() {
        Bodies.Submit submit = Bodies.Submit.of("{\"agencyId\": 951, \"amount\": 120.50, \"comment\": \"merci\"}");
        assertEquals(951L, submit.agencyId());
        assertEquals(new BigDecimal("120.50"), submit.amount());
        assertEquals("merci", submit.comment());
        assertNull(submit.maximum());
        assertEquals(Boolean.TRUE, Bodies.Submit.of(" {\"maximum\":true} \n").maximum());
        assertNull(Bodies.Submit.of("{\"comment\":null}").comment(), "JSON null is a value not given");
    }

    @ParameterizedTest(name = "{0} -> {1} [{2}]")
    @CsvSource(delimiter = '|', value = {
            "{\"amount\":10} xyz|MALFORMED_JSON|",
            "{\"amount\":10}{\"amount\":11}|MALFORMED_JSON|",
            "{\"amount\":10}}|MALFORMED_JSON|",
            "[{\"amount\":10}]|MALFORMED_JSON|",
            "\"amount\"|MALFORMED_JSON|",
            "12|MALFORMED_JSON|",
            "{\"amount\":10|MALFORMED_JSON|",
            "{amount:10}|MALFORMED_JSON|",
            "{'amount':10}|MALFORMED_JSON|",
            "{\"amount\":-1,\"amount\":10}|DUPLICATE_KEY|amount",
            "{\"comment\":\"a\",\"comment\":\"b\"}|DUPLICATE_KEY|comment",
            "{\"Amount\":10}|UNKNOWN_FIELD|Amount",
            "{\"amount\":10,\"admin\":true}|UNKNOWN_FIELD|admin",
            "{\"comment\":12}|INVALID_TYPE|comment",
            "{\"comment\":[\"a\"]}|INVALID_TYPE|comment",
            "{\"agencyId\":\"951\"}|INVALID_TYPE|agencyId",
            "{\"agencyId\":951.5}|INVALID_TYPE|agencyId",
            "{\"agencyId\":99999999999999999999}|INVALID_NUMBER|agencyId",
            "{\"maximum\":\"true\"}|INVALID_TYPE|maximum",
            "{\"maximum\":1}|INVALID_TYPE|maximum",
            "{\"amount\":\"12\"}|INVALID_TYPE|amount",
            "{\"amount\":\"12,345\"}|INVALID_TYPE|amount",
            "{\"amount\":\"abc\"}|INVALID_TYPE|amount",
            "{\"amount\":\" 12 \"}|INVALID_TYPE|amount",
            "{\"amount\":\"12€\"}|INVALID_TYPE|amount",
            "{\"amount\":\"१२\"}|INVALID_TYPE|amount",
            "{\"amount\":true}|INVALID_TYPE|amount",
            "{\"amount\":{\"value\":12}}|INVALID_TYPE|amount"})
    void lenientBodiesAreRefusedWithTheirField(String body, BadInput.Code code, String field) {
        BadInput refused = assertThrows(BadInput.class, () -> Bodies.Submit.of(body));
        assertEquals(code, refused.code());
        assertEquals(field, refused.field());
    }

    @Test
    void nonAsciiDigitsAreNoJsonNumber() {
        assertEquals(BadInput.Code.MALFORMED_JSON,
                assertThrows(BadInput.class, () -> Bodies.Submit.of("{\"amount\":१२}")).code());
        assertEquals(BadInput.Code.MALFORMED_JSON,
                assertThrows(BadInput.class, () -> Bodies.Submit.of("{\"amount\":１２}")).code());
    }

    @Test
    void aRefusalTakesNoAmountAndAnEmptyDecisionIsInFull() {
        assertEquals(BadInput.Code.UNKNOWN_FIELD, assertThrows(BadInput.class,
                () -> Bodies.Decide.of("{\"amount\":10}", Bodies.Decide.REFUSE_KEYS)).code());
        Bodies.Decide none = Bodies.Decide.of("", Bodies.Decide.ACCEPT_KEYS);
        assertNull(none.amount());
        assertEquals("trop tôt", Bodies.Decide.of("{\"reason\":\"trop tôt\"}", Bodies.Decide.REFUSE_KEYS).reason());
    }

    @Test
    void anOversizedBodyIsRefusedUnread() {
        String body = "{\"comment\":\"" + "x".repeat(JsonBody.MAX_CHARS) + "\"}";
        assertEquals(BadInput.Code.PAYLOAD_TOO_LARGE, assertThrows(BadInput.class, () -> Bodies.Submit.of(body)).code());
        assertEquals(413, BadInput.Code.PAYLOAD_TOO_LARGE.status());
    }

    @Test
    void loneSurrogatesReachTheTextRulesAsThemselves() {
        // The domain refuses them (TextRules); here they must not be turned into "?" on the way.
        assertEquals("\uD800", Bodies.Submit.of("{\"comment\":\"\\uD800\"}").comment());
    }
}
