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

    @Test
    void lengthCountsCharactersAsSeenSoEmojiCountOnce() {
        String emoji = "\uD83D\uDE00";
        assertEquals(emoji.repeat(500), TextRules.optional(emoji.repeat(500), 500, "comment"));
        AdvanceException e = assertThrows(AdvanceException.class,
                () -> TextRules.optional(emoji.repeat(501), 500, "comment"));
        assertEquals(ErrorCode.TEXT_TOO_LONG, e.code());
        assertEquals(ErrorCode.TEXT_TOO_LONG, assertThrows(AdvanceException.class,
                () -> TextRules.optional(emoji.repeat(201), 200, "reason")).code());
    }

    @ParameterizedTest(name = "U+{0} is refused")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067",
            "2068", "2069", "FFFE", "FFFF", "FDD0", "1FFFF", "0085", "007F"})
    void directionControlsAndNoncharactersAreRefused(String hex) {
        String text = "abc" + new String(Character.toChars(Integer.parseInt(hex, 16))) + "txt.exe";
        AdvanceException e = assertThrows(AdvanceException.class, () -> TextRules.optional(text, 500, "comment"));
        assertEquals(ErrorCode.TEXT_INVALID_CHARACTERS, e.code());
        assertEquals("comment", e.field());
    }

    @ParameterizedTest(name = "lone surrogate {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\uD800", "x\uDC00", "\uDBFFy", "\uDE00\uD83D"})
    void loneSurrogatesAreRefusedInsteadOfStoredAsQuestionMarks(String escaped) {
        String text = unescape(escaped);
        assertEquals(ErrorCode.TEXT_INVALID_CHARACTERS, assertThrows(AdvanceException.class,
                () -> TextRules.optional(text, 500, "comment")).code());
    }

    @ParameterizedTest(name = "invisible only: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\u200B\uFEFF", "\u200B", "\u200D\u200C", "\u00AD",
            "\u2060 \u200B", "\u3164"})
    void textMadeOnlyOfInvisibleCharactersIsRefused(String escaped) {
        String text = unescape(escaped);
        assertEquals(ErrorCode.TEXT_INVALID_CHARACTERS, assertThrows(AdvanceException.class,
                () -> TextRules.optional(text, 500, "comment")).code());
    }

    @Test
    void realTextWithJoinersAndAccentsIsKept() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals("Merci " + family, TextRules.optional("Merci " + family, 500, "comment"));
        assertEquals("مرحبا שלום 你好 Ünïcödé", TextRules.optional("مرحبا שלום 你好 Ünïcödé", 500, "comment"));
    }

    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            if (escaped.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(escaped.charAt(i));
            }
        }
        return out.toString();
    }
}
