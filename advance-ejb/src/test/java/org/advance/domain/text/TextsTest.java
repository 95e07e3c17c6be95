package org.advance.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.Languages;
import org.advance.domain.model.RequestStatus;
import org.junit.jupiter.api.Test;

/** The one way texts are filled in and amounts written, for pages, mails and the API. */
class TextsTest {

    private static String spaces(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void plainApostrophesStayAndDoNotSwallowThePlaceholders() {
        // Left to MessageFormat, "l'agence {0}" would print "lagence {0}".
        assertEquals("l'agence Lyon n'a pas répondu", Texts.format(Locale.FRENCH, "l'agence {0} n'a pas répondu", "Lyon"));
        assertEquals("Don't wait for Lyon", Texts.format(Locale.ENGLISH, "Don't wait for {0}", "Lyon"));
        assertEquals("l'agence", Texts.format(Locale.FRENCH, "l'agence"));
    }

    @Test
    void idsInPlainPlaceholdersAreNotGroupedButChoicesStillCount() {
        assertEquals("n° 1050", Texts.format(Locale.FRENCH, "n° {0}", 1050L));
        assertEquals("2 demandes", Texts.format(Locale.FRENCH, "{0,choice,1#1 demande|1<{0,number,integer} demandes}", 2L));
        assertEquals("1 demande", Texts.format(Locale.FRENCH, "{0,choice,1#1 demande|1<{0,number,integer} demandes}", 1L));
    }

    @Test
    void moneyIsWrittenTheReadersWay() {
        assertEquals("1 234,50 €", spaces(Texts.money(new BigDecimal("1234.5"), Locale.FRENCH)));
        assertEquals("€1,234.50", Texts.money(new BigDecimal("1234.5"), Locale.ENGLISH));
        assertEquals("€12.51", Texts.money(new BigDecimal("12.505"), Locale.ENGLISH));
        assertEquals("12,50", Texts.number(new BigDecimal("12.5"), Locale.FRENCH));
        assertEquals("12.50", Texts.number(new BigDecimal("12.5"), Locale.ENGLISH));
    }

    @Test
    void frenchFirstThenEnglishNothingElse() {
        assertEquals(List.of(Locale.FRENCH, Locale.ENGLISH), Languages.SUPPORTED);
        assertTrue(Languages.isSupported("en"));
        assertFalse(Languages.isSupported("EN"), "stored codes are exact");
        assertFalse(Languages.isSupported("de"));
        assertFalse(Languages.isSupported(null));
        assertEquals(Locale.ENGLISH, Languages.of("EN"));
        assertEquals(Locale.FRENCH, Languages.of("de"));
        assertEquals(Locale.FRENCH, Languages.of(null));
        assertEquals(Locale.ENGLISH, Languages.firstOf(List.of(Locale.GERMAN, Locale.US, Locale.FRANCE)));
        assertEquals(Locale.FRENCH, Languages.firstOf(List.of(Locale.GERMAN)));
        assertEquals(Locale.FRENCH, Languages.firstOf(null));
    }

    @Test
    void partialMeansAcceptedBelowWhatWasAsked() {
        BigDecimal asked = new BigDecimal("150.00");
        assertTrue(RequestStatus.ACCEPTED.isPartial(asked, new BigDecimal("12.50")));
        assertFalse(RequestStatus.ACCEPTED.isPartial(asked, new BigDecimal("150")));
        assertFalse(RequestStatus.REFUSED.isPartial(asked, null));
        assertFalse(RequestStatus.SENT.isPartial(asked, null));
        assertEquals("status.partial", RequestStatus.ACCEPTED.labelKey(asked, new BigDecimal("12.50")));
        assertEquals("status.ACCEPTED", RequestStatus.ACCEPTED.labelKey(asked, asked));
        assertEquals("status.REFUSED", RequestStatus.REFUSED.labelKey(asked, null));
    }

    @Test
    void aRefusalIsOneSentenceWithItsArgumentsWrittenForTheReader() {
        AdvanceException decided = new AdvanceException(ErrorCode.ALREADY_DECIDED, null, "ACCEPTED", "Claire Bernard");
        assertEquals("Cette demande vient d'être traitée par Claire Bernard (statut : Acceptée). Votre réponse n'a pas été"
                + " enregistrée.", Texts.refusal(Locale.FRENCH, decided));
        AdvanceException above = new AdvanceException(ErrorCode.AMOUNT_ABOVE_MAXIMUM, "amount", new BigDecimal("1250.5"));
        assertEquals("The amount is above the maximum possible (€1,250.50).", Texts.refusal(Locale.ENGLISH, above));
        assertEquals("Cette agence est introuvable.",
                Texts.refusal(Locale.FRENCH, new AdvanceException(ErrorCode.NOT_FOUND, "agencyId")));
        assertEquals("Cette demande est introuvable.",
                Texts.refusal(Locale.FRENCH, new AdvanceException(ErrorCode.NOT_FOUND, "comment")));
        assertEquals("no.such.key", Texts.sentence(Locale.FRENCH, "no.such.key", 1L));
    }
}
