package org.advance.infrastructure.mail;

import java.time.LocalDate;
import java.util.List;

/**
 * The 11:00 digest a staff member with the advances permission gets: the number of requests
 * waiting for an answer in each of his agencies and in total, and a link to the
 * "Demandes à traiter" tab. Only built when there is something to process (see DigestCountProcessor).
 */
public final class DigestMail {

    /** One line of the digest. */
    public record AgencyCount(long agencyId, String agencyName, long toProcess) implements java.io.Serializable {}

    private DigestMail() {}

    public static String link(String baseUrl) {
        return baseUrl + "/staff/advances.xhtml";
    }

    public static MailContent build(String staffName, String language, LocalDate day, List<AgencyCount> agencies,
            String baseUrl) {
        MailText t = MailText.of(language);
        long total = agencies.stream().mapToLong(AgencyCount::toProcess).sum();
        String url = link(baseUrl);
        String subject = t.get("mail.digest.subject", total);
        String greeting = t.get("mail.greeting", staffName);
        String intro = t.get("mail.digest.intro", t.day(day));
        String totalLine = t.get("mail.digest.total", total);
        String button = t.get("mail.digest.button");

        List<String> lines = agencies.stream()
                .map(agency -> t.get("mail.digest.agency", agency.agencyName(), agency.toProcess())).toList();
        StringBuilder text = new StringBuilder().append(greeting).append("\n\n").append(intro).append('\n');
        lines.forEach(line -> text.append("- ").append(line).append('\n'));
        text.append('\n').append(totalLine).append("\n\n").append(button).append(" ").append(url).append("\n\n")
                .append(t.get("mail.signature")).append('\n');
        String html = MailText.paragraph(greeting) + MailText.paragraph(intro) + MailText.list(lines)
                + MailText.boldFirst(totalLine, List.of());
        return new MailContent(subject, text.toString(), t.html(subject, html, button, url));
    }
}
