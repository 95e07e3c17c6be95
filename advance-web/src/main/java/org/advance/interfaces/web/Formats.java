package org.advance.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts and dates as the reader writes them: "12,50 €" and "26/11/2026 14:05" in French,
 * "€12.50" and "11/26/26, 2:05 PM" in English. Dates given here are already in Paris time.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final Currency EURO = Currency.getInstance("EUR");

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Messages.locale());
        format.setCurrency(EURO);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A number with two decimals and no currency sign (in messages that already carry "€"). */
    public static String number(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    public String number(BigDecimal amount) {
        return amount == null ? "" : number(amount, Messages.locale());
    }

    public String dateTime(ZonedDateTime at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(Messages.locale()).format(at);
    }

    public String date(ZonedDateTime at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(Messages.locale()).format(at);
    }
}
