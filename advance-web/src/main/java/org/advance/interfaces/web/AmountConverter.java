package org.advance.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount in euros as people type it: "150", "150,50", "150.50", "1 500 €". Only the shape is
 * checked here; whether the amount is acceptable (positive, two decimals, within the maximum) is
 * the domain's rule, answered by the service.
 */
@FacesConverter("advance.amount")
public class AmountConverter implements Converter<BigDecimal> {

    private static final Pattern SHAPE = Pattern.compile("[-+]?\\d{1,15}([.]\\d{1,10})?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String plain = value.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        if (!SHAPE.matcher(plain).matches()) {
            String text = Messages.format(Messages.locale(), "form.amount.invalid");
            throw new ConverterException(org.omnifaces.util.Messages.createError(text));
        }
        return new BigDecimal(plain);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return "fr".equals(Messages.locale().getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
