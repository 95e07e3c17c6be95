package org.advance.infrastructure.mail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.advance.domain.Languages;
import org.advance.domain.text.Texts;
import org.owasp.encoder.Encode;

/**
 * The words of one mail in one language: messages from the application bundle, amounts and dates
 * in that language's format, and the HTML of every mail: a few blocks and the shared frame with its
 * one button. Every text goes into the HTML through the OWASP encoder, so that text typed by users
 * (reasons, comments, names) never runs as HTML. Plain Java so that each mail's content is
 * unit-tested without a server.
 */
public final class MailText {

    private final Locale locale;
    private final ResourceBundle bundle;

    private MailText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale);
    }

    /** The user's language ("fr" or "en"); anything else, or nothing, is French, the default. */
    public static MailText of(String language) {
        return new MailText(Languages.of(language));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return Texts.format(locale, bundle.getString(key), args);
    }

    /** 12,50 € in French, €12.50 in English. */
    public String money(BigDecimal amount) {
        return Texts.money(amount, locale);
    }

    /** "jeudi 26 novembre 2026" / "Thursday, 26 November 2026". */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(Languages.formatting(locale)).format(day);
    }

    /** A paragraph of text. */
    static String paragraph(String text) {
        return "<p>" + content(text) + "</p>\n";
    }

    /** A paragraph whose first line is in bold, the others below it. */
    static String boldFirst(String first, List<String> others) {
        StringBuilder html = new StringBuilder("<p><strong>").append(content(first)).append("</strong>");
        others.forEach(line -> html.append("<br>\n").append(content(line)));
        return html.append("</p>\n").toString();
    }

    /** A bulleted list, one item per text. */
    static String list(List<String> items) {
        StringBuilder html = new StringBuilder("<ul>\n");
        items.forEach(item -> html.append("<li>").append(content(item)).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }

    /** Text as HTML content: encoded, its line breaks kept as such. */
    static String content(String text) {
        if (text == null) {
            return "";
        }
        return String.join("<br>", Arrays.stream(text.replace("\r", "").split("\n", -1)).map(Encode::forHtml).toList());
    }

    /** The HTML frame every mail shares: a title, the blocks given (already HTML) and one button. */
    public String html(String title, String bodyHtml, String buttonLabel, String url) {
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>"
                + content(title) + "</title></head>\n"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5\">\n"
                + bodyHtml
                + "<p style=\"margin:24px 0\"><a href=\"" + Encode.forHtmlAttribute(url)
                + "\" style=\"background:#1f6feb;color:#fff;"
                + "padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block\">"
                + content(buttonLabel) + "</a></p>\n"
                + "<p style=\"color:#666;font-size:12px\">" + content(get("mail.signature")) + "</p>\n"
                + "</body></html>\n";
    }
}
