package org.advance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * How the texts of the bundle {@code org.advance.i18n.messages} are filled in, and how amounts are
 * written, for pages, mails and API answers alike.
 */
public final class Texts {

    public static final String BUNDLE = "org.advance.i18n.messages";

    private static final Currency EURO = Currency.getInstance("EUR");

    private Texts() {}

    /**
     * The pattern with its arguments. Bundle texts are written with plain apostrophes (n'a, l'agence),
     * which {@link MessageFormat} would take as quotes: they are doubled first. An id or a count in a
     * plain {@code {0}} is written without grouping ("n° 1050", not "n° 1 050"); one in a
     * {@code {0,number}} or {@code {0,choice}} element keeps its format.
     */
    public static String format(Locale locale, String pattern, Object... args) {
        if (args == null || args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern.replace("'", "''"), locale);
        Format[] byArgument = format.getFormatsByArgumentIndex();
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            boolean plain = i >= byArgument.length || byArgument[i] == null;
            if (plain && (shown[i] instanceof Long || shown[i] instanceof Integer)) {
                shown[i] = shown[i].toString();
            }
        }
        return format.format(shown);
    }

    /** An amount in euros: "12,50 €" in French, "€12.50" in English. */
    public static String money(BigDecimal amount, Locale language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Languages.formatting(language));
        format.setCurrency(EURO);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A number with two decimals and no currency sign (in messages that already carry "€"). */
    public static String number(BigDecimal amount, Locale language) {
        NumberFormat format = NumberFormat.getNumberInstance(Languages.formatting(language));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
