package org.advance.domain.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;
import org.advance.domain.AdvanceException;
import org.advance.domain.Languages;
import org.advance.domain.model.RequestStatus;

/**
 * How the texts of the bundle {@code org.advance.i18n.messages} are filled in, and how amounts are
 * written, for pages, mails and API answers alike.
 */
public final class Texts {

    public static final String BUNDLE = "org.advance.i18n.messages";

    private static final Currency EURO = Currency.getInstance("EUR");
    private static final String TYPE_PREFIX = "api.type.";

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

    /**
     * A sentence of the bundle, its arguments written for the reader: an amount with two decimals, a
     * status's name by its label, the bundle key of an input type ({@code api.type.…}) by its text.
     * A key the bundle lacks is returned as it is.
     */
    public static String sentence(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        if (!bundle.containsKey(key)) {
            return key;
        }
        Object[] shown = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof BigDecimal amount) {
                shown[i] = number(amount, locale);
            } else if (shown[i] instanceof String s && RequestStatus.isName(s)) {
                shown[i] = bundle.getString(RequestStatus.valueOf(s).labelKey());
            } else if (shown[i] instanceof String s && s.startsWith(TYPE_PREFIX) && bundle.containsKey(s)) {
                shown[i] = bundle.getString(s);
            }
        }
        return format(locale, bundle.getString(key), shown);
    }

    /** The sentence of a refusal: {@code error.CODE.kind} when the bundle has one, else {@code error.CODE}. */
    public static String refusal(Locale locale, AdvanceException e) {
        boolean specific = ResourceBundle.getBundle(BUNDLE, locale).containsKey(e.messageKey());
        return sentence(locale, specific ? e.messageKey() : e.code().messageKey(), e.args());
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
