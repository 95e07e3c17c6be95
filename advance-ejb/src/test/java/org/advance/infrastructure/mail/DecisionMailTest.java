package org.advance.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.advance.domain.model.RequestStatus;
import org.junit.jupiter.api.Test;

/** What the worker reads when his agency answers, in both languages. */
class DecisionMailTest {

    private static final String BASE = "https://acomptes.example/advance";
    private static final LocalDate ASKED_ON = LocalDate.of(2026, 3, 5);

    static String spaces(String s) {
        // French money uses no-break spaces: compare what the eye sees.
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static DecisionMail.Facts facts(String language, RequestStatus status, String asked, String granted,
            String reason, String comment) {
        return new DecisionMail.Facts(4242L, "Marie Durand", language, "Agence Lyon 3", ASKED_ON,
                new BigDecimal(asked), status, granted == null ? null : new BigDecimal(granted), reason, comment);
    }

    @Test
    void aPartialAcceptanceInFrench() {
        MailContent mail = DecisionMail.build(
                facts("fr", RequestStatus.ACCEPTED, "150.50", "12.50", "Plafond atteint", "À bientôt"), BASE);
        assertEquals("Votre demande d’acompte : Acceptée partiellement", mail.subject());
        String text = spaces(mail.text());
        assertTrue(text.startsWith("Bonjour Marie Durand,"), text);
        assertTrue(text.contains("Agence Lyon 3 a répondu à votre demande d’acompte de 150,50 € du jeudi 5 mars 2026."), text);
        assertTrue(text.contains("Réponse : Acceptée partiellement"), text);
        assertTrue(text.contains("Montant accordé : 12,50 €"), text);
        assertTrue(text.contains("Motif : Plafond atteint"), text);
        assertTrue(text.contains("Commentaire de l’agence : À bientôt"), text);
        assertTrue(text.contains("Je consulte la réponse ! " + BASE + "/worker/detail.xhtml?id=4242"), text);
        String html = mail.html();
        assertTrue(html.contains("<a href=\"" + BASE + "/worker/detail.xhtml?id=4242\""), html);
        assertTrue(html.contains(">Je consulte la réponse !</a>"), html);
        assertTrue(html.contains("<html lang=\"fr\">"), html);
    }

    @Test
    void aFullAcceptanceIsSimplyAccepted() {
        MailContent mail = DecisionMail.build(facts("fr", RequestStatus.ACCEPTED, "80", "80", null, null), BASE);
        assertEquals("Votre demande d’acompte : Acceptée", mail.subject());
        assertTrue(spaces(mail.text()).contains("Montant accordé : 80,00 €"));
        assertFalse(mail.text().contains("Motif"), "no empty reason line");
        assertFalse(mail.text().contains("Commentaire"), "no empty comment line");
    }

    @Test
    void aRefusalInEnglishHasNoAmountGranted() {
        MailContent mail = DecisionMail.build(
                facts("en", RequestStatus.REFUSED, "1200", null, "Too early in the month", null), BASE);
        assertEquals("Your advance request: Refused", mail.subject());
        assertTrue(mail.text().startsWith("Hello Marie Durand,"), mail.text());
        assertTrue(mail.text().contains("Agence Lyon 3 has answered your advance request for €1,200.00 of Thursday, 5 March 2026."),
                mail.text());
        assertTrue(mail.text().contains("Answer: Refused"));
        assertTrue(mail.text().contains("Reason: Too early in the month"));
        assertFalse(mail.text().contains("granted"));
        assertTrue(mail.html().contains(">See the answer!</a>"));
        assertTrue(mail.html().contains("href=\"" + BASE + "/worker/detail.xhtml?id=4242\""));
    }

    @Test
    void anUnknownLanguageIsFrench() {
        assertEquals("Votre demande d’acompte : Refusée",
                DecisionMail.build(facts("de", RequestStatus.REFUSED, "10", null, null, null), BASE).subject());
    }

    @Test
    void whatStaffTypedNeverRunsAsHtml() {
        String hostile = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";
        MailContent mail = DecisionMail.build(facts("fr", RequestStatus.REFUSED, "10", null, hostile, hostile), BASE);
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertFalse(mail.html().contains("<img"), mail.html());
        assertTrue(mail.html().contains("Motif : &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img"), mail.html());
        // The plain-text part is not HTML: it says exactly what was typed.
        assertTrue(mail.text().contains("Motif : " + hostile));
    }

    @Test
    void thereIsNoDecisionMailForAWaitingRequest() {
        assertThrows(IllegalArgumentException.class,
                () -> DecisionMail.build(facts("fr", RequestStatus.SENT, "10", null, null, null), BASE));
    }

    @Test
    void aCommentKeepsItsLinesAndItsQuotesAreText() {
        MailContent mail = DecisionMail.build(facts("fr", RequestStatus.REFUSED, "80", null, null,
                "Ligne 1\r\nLigne \"2\" <b>"), BASE);
        assertTrue(mail.html().contains("Commentaire de l’agence : Ligne 1<br>Ligne &#34;2&#34; &lt;b&gt;"), mail.html());
        assertTrue(mail.text().contains("Commentaire de l’agence : Ligne 1\r\nLigne \"2\" <b>"), mail.text());
    }
}
