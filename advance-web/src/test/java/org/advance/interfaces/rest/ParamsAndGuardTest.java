package org.advance.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsAndGuardTest {

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"१०", "١٠", "１０", "1O", "+10", "0x10", "10.0", "1e2", "99999999999999999999", " 10", "10 "})
    void onlyAsciiDigitsAreNumbers(String limit) {
        BadInput refused = assertThrows(BadInput.class, () -> Params.intOr(limit, 20, 1, "limit"));
        assertEquals(BadInput.Code.INVALID_NUMBER, refused.code());
        assertEquals("limit", refused.field());
    }

    @Test
    void asciiNumbersAreRead() {
        assertEquals(10, Params.intOr("10", 20, 1, "limit"));
        assertEquals(20, Params.intOr(null, 20, 1, "limit"));
    }

    @Test
    void aWellFormedDateOutOfRangeIsNotCalledMalformed() {
        BadInput range = assertThrows(BadInput.class, () -> Params.optionalDate("3000-01-01", "from"));
        assertEquals(BadInput.Code.DATE_OUT_OF_RANGE, range.code());
        assertEquals("from", range.field());
        assertEquals(BadInput.Code.INVALID_DATE,
                assertThrows(BadInput.class, () -> Params.optionalDate("2026-13-45", "from")).code());
        assertEquals(BadInput.Code.INVALID_DATE,
                assertThrows(BadInput.class, () -> Params.optionalDate("२०२६-01-01", "from")).code());
        assertEquals(BadInput.Code.INVALID_DATE,
                assertThrows(BadInput.class, () -> Params.optionalDate("+2026-01-01", "from")).code());
        assertEquals(LocalDate.of(2026, 12, 2), Params.optionalDate("2026-12-02", "from"));
    }

    @Test
    void onlyJsonInUtf8IsABody() {
        assertTrue(RequestGuard.isJson(MediaType.APPLICATION_JSON_TYPE));
        assertTrue(RequestGuard.isJson(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")));
        assertFalse(RequestGuard.isJson(MediaType.APPLICATION_JSON_TYPE.withCharset("ISO-8859-1")));
        assertFalse(RequestGuard.isJson(MediaType.TEXT_PLAIN_TYPE));
        assertFalse(RequestGuard.isJson(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertFalse(RequestGuard.isJson(MediaType.APPLICATION_XML_TYPE));
        assertFalse(RequestGuard.isJson(MediaType.WILDCARD_TYPE));
        assertFalse(RequestGuard.isJson(new MediaType("application", "*")));
        assertFalse(RequestGuard.isJson(null));
        assertFalse(RequestGuard.isJson(new MediaType("text", "json", Map.of())));
    }

    @Test
    void originsAreComparedWithoutPathOrDefaultPort() {
        assertEquals("https://advance.example", RequestGuard.origin("https://ADVANCE.example:443/advance"));
        assertEquals("http://127.0.0.1:8080", RequestGuard.origin("http://127.0.0.1:8080/advance"));
        assertEquals("", RequestGuard.origin("null"));
        assertEquals("", RequestGuard.origin("not a url"));
    }
}
