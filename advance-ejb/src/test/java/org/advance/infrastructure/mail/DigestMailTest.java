package org.advance.infrastructure.mail;

import static org.advance.infrastructure.mail.DecisionMailTest.spaces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.advance.infrastructure.mail.DigestMail.AgencyCount;
import org.junit.jupiter.api.Test;

/** What a staff member reads at 11:00. */
class DigestMailTest {

    private static final String BASE = "http://127.0.0.1:8080/advance";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void countsPerAgencyAndInTotalInFrench() {
        MailContent mail = DigestMail.build("Paul Agent", "fr", DAY,
                List.of(new AgencyCount(1, "Lyon 3", 2), new AgencyCount(2, "Lyon 7", 1)), BASE);
        assertEquals("Acomptes : 3 demandes à traiter", mail.subject());
        String text = spaces(mail.text());
        assertTrue(text.startsWith("Bonjour Paul Agent,"), text);
        assertTrue(text.contains("ce jeudi 26 novembre 2026 :"), text);
        assertTrue(text.contains("- Lyon 3 : 2 demandes\n- Lyon 7 : 1 demande\n"), text);
        assertTrue(text.contains("Total : 3 demandes à traiter"), text);
        assertTrue(text.contains(BASE + "/staff/advances.xhtml"), text);
        assertTrue(mail.html().contains("<li>Lyon 3 : 2 demandes</li>"), mail.html());
        assertTrue(mail.html().contains("<a href=\"" + BASE + "/staff/advances.xhtml\""), mail.html());
    }

    @Test
    void oneRequestInEnglish() {
        MailContent mail = DigestMail.build("Ann Lille", "en", DAY, List.of(new AgencyCount(9, "Lille", 1)), BASE);
        assertEquals("Advances: 1 request to process", mail.subject());
        assertTrue(mail.text().contains("- Lille: 1 request\n"), mail.text());
        assertTrue(mail.text().contains("Total: 1 request to process"), mail.text());
        assertTrue(mail.text().contains("this Thursday, 26 November 2026:"), mail.text());
        assertTrue(mail.html().contains(">Process the requests</a>"));
    }

    @Test
    void largeCountsAndHostileAgencyNames() {
        MailContent mail = DigestMail.build("<b>X</b>", "fr", DAY, List.of(new AgencyCount(1, "<i>A&B</i>", 1234)), BASE);
        assertEquals("Acomptes : 1 234 demandes à traiter", spaces(mail.subject()));
        assertFalse(mail.html().contains("<i>"), mail.html());
        assertTrue(mail.html().contains("&lt;i&gt;A&amp;B&lt;/i&gt;"), mail.html());
        assertTrue(mail.html().contains("Bonjour &lt;b&gt;X&lt;/b&gt;,"), mail.html());
    }
}
