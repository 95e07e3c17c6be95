package org.advance.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.advance.domain.text.Texts;

/**
 * Amounts and dates as the reader writes them: "12,50 €" and "26/11/2026 14:05" in French,
 * "€12.50" and "11/26/26, 2:05 PM" in English. Dates given here are already in Paris time.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public String money(BigDecimal amount) {
        return amount == null ? "" : Texts.money(amount, Messages.locale());
    }

    /** A number with two decimals and no currency sign (in messages that already carry "€"). */
    public String number(BigDecimal amount) {
        return amount == null ? "" : Texts.number(amount, Messages.locale());
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
