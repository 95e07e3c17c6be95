package org.advance.infrastructure.mail;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of one mail in one language: messages from the application bundle, amounts and dates
 * in that language's format, HTML escaping, and the shared HTML frame with its one button. Plain
 * Java so that each mail's content is unit-tested without a server.
 */
public final class MailText {

    static final String BUNDLE = "org.advance.i18n.messages";
    private static final Currency EURO = Currency.getInstance("EUR");

    private final Locale locale;
    private final ResourceBundle bundle;

    private MailText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The user's language ("fr" or "en"); anything else, or nothing, is French, the default. */
    public static MailText of(String language) {
        return new MailText("en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.FRENCH);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** 12,50 € in French, €12.50 in English. */
    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale == Locale.FRENCH ? Locale.FRANCE : Locale.UK);
        format.setCurrency(EURO);
        return format.format(amount);
    }

    /** "jeudi 26 novembre 2026" / "Thursday, 26 November 2026". */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale == Locale.FRENCH ? Locale.FRANCE : Locale.UK).format(day);
    }

    /** Text typed by users (reasons, comments, names) never runs as HTML in a mail. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The HTML frame every mail shares: a title, the paragraphs given (already HTML) and one button. */
    public String html(String title, String bodyHtml, String buttonLabel, String url) {
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>"
                + escape(title) + "</title></head>\n"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5\">\n"
                + bodyHtml
                + "<p style=\"margin:24px 0\"><a href=\"" + escape(url) + "\" style=\"background:#1f6feb;color:#fff;"
                + "padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block\">"
                + escape(buttonLabel) + "</a></p>\n"
                + "<p style=\"color:#666;font-size:12px\">" + escape(get("mail.signature")) + "</p>\n"
                + "</body></html>\n";
    }
}
