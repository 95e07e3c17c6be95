package org.advance.infrastructure.mail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.advance.domain.model.RequestStatus;

/**
 * The mail a worker gets when his agency answers: the answer, the amount granted, the reason and
 * comment, and the button "Je consulte la réponse !" to the request (the login page brings him
 * back there when he is not logged in).
 */
public final class DecisionMail {

    /** What the mail says, read in the decision's transaction. */
    public record Facts(long requestId, String workerName, String language, String agencyName,
            LocalDate askedOn, BigDecimal askedAmount, RequestStatus status, BigDecimal grantedAmount,
            String reason, String comment) {}

    private DecisionMail() {}

    public static String link(String baseUrl, long requestId) {
        return baseUrl + "/worker/detail.xhtml?id=" + requestId;
    }

    public static MailContent build(Facts f, String baseUrl) {
        if (f.status() != RequestStatus.ACCEPTED && f.status() != RequestStatus.REFUSED) {
            throw new IllegalArgumentException("no decision mail for a request " + f.status());
        }
        MailText t = MailText.of(f.language());
        String answer = t.get(f.status().labelKey(f.askedAmount(), f.grantedAmount()));
        String url = link(baseUrl, f.requestId());
        String subject = t.get("mail.decision.subject", answer);
        String greeting = t.get("mail.greeting", f.workerName());
        String intro = t.get("mail.decision.intro", f.agencyName(), t.money(f.askedAmount()), t.day(f.askedOn()));
        String answerLine = t.get("mail.decision.answer", answer);
        String granted = f.status() == RequestStatus.ACCEPTED
                ? t.get("mail.decision.granted", t.money(f.grantedAmount())) : null;
        String reason = blank(f.reason()) ? null : t.get("mail.decision.reason", f.reason());
        String comment = blank(f.comment()) ? null : t.get("mail.decision.comment", f.comment());
        String button = t.get("mail.decision.button");

        List<String> details = Stream.of(granted, reason, comment).filter(Objects::nonNull).toList();
        StringBuilder text = new StringBuilder()
                .append(greeting).append("\n\n").append(intro).append("\n\n").append(answerLine).append('\n');
        details.forEach(line -> text.append(line).append('\n'));
        text.append('\n').append(button).append(" ").append(url).append("\n\n").append(t.get("mail.signature"))
                .append('\n');
        String html = MailText.paragraph(greeting) + MailText.paragraph(intro) + MailText.boldFirst(answerLine, details);
        return new MailContent(subject, text.toString(), t.html(subject, html, button, url));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
