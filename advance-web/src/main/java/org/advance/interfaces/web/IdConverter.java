package org.advance.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;

/**
 * An id in a page's URL ({@code ?id=}, {@code ?employer=}), for OmniFaces' {@code @Param}, which
 * makes it from its class: a positive number in ASCII digits. Anything else names nothing and
 * becomes null, so the page says "introuvable" as for an unknown id; a failing conversion would
 * instead leave a technical message and an empty page, and Java's own parsing would read "١٢" as 12.
 */
public class IdConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(value);
        return id > 0 ? id : null;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
