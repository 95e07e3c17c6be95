package org.advance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.advance.domain.rules.AmountRules;
import org.advance.domain.rules.TextRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountAndTextRulesTest {

    @ParameterizedTest
    @CsvSource({"0, AMOUNT_NOT_POSITIVE", "-5, AMOUNT_NOT_POSITIVE", "0.00, AMOUNT_NOT_POSITIVE",
            "10.005, AMOUNT_TOO_PRECISE", "100000.01, AMOUNT_TOO_LARGE", "1E30, AMOUNT_TOO_LARGE"})
    void badAmountsAreRefusedWithTheirReason(String amount, ErrorCode expected) {
        AdvanceException e = assertThrows(AdvanceException.class,
                () -> AmountRules.requireValid(new BigDecimal(amount), "amount"));
        assertEquals(expected, e.code());
        assertEquals("amount", e.field());
    }

    @Test
    void aMissingAmountIsRefused() {
        assertEquals(ErrorCode.AMOUNT_REQUIRED,
                assertThrows(AdvanceException.class, () -> AmountRules.requireValid(null, "amount")).code());
    }

    @ParameterizedTest
    @CsvSource({"150, 150.00", "12.5, 12.50", "0.01, 0.01", "12.500, 12.50", "100000, 100000.00"})
    void goodAmountsComeBackWithCents(String typed, String expected) {
        assertEquals(new BigDecimal(expected), AmountRules.requireValid(new BigDecimal(typed), "amount"));
    }

    @Test
    void blankTextIsNoText() {
        assertNull(TextRules.optional(null, 10, "comment"));
        assertNull(TextRules.optional("   \n ", 10, "comment"));
        assertEquals("ok", TextRules.optional("  ok  ", 10, "comment"));
    }

    @Test
    void hostileTextIsKeptAsTypedForEscapingOnOutput() {
        String xss = "<script>alert('x')</script>";
        assertEquals(xss, TextRules.optional(xss, 500, "comment"));
    }

    @Test
    void overLongTextIsRefused() {
        AdvanceException e = assertThrows(AdvanceException.class,
                () -> TextRules.optional("x".repeat(501), 500, "comment"));
        assertEquals(ErrorCode.TEXT_TOO_LONG, e.code());
        assertEquals(500, e.args()[0]);
        assertEquals("é".repeat(500), TextRules.optional("é".repeat(500), 500, "comment"));
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAreFine() {
        assertEquals(ErrorCode.TEXT_INVALID_CHARACTERS, assertThrows(AdvanceException.class,
                () -> TextRules.optional("a\u0000b", 500, "comment")).code());
        assertEquals("a\nb\tc", TextRules.optional("a\nb\tc", 500, "comment"));
    }
}
