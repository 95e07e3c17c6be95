package org.advance.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.advance.domain.AdvanceException;
import org.advance.domain.Languages;
import org.advance.domain.text.Texts;

/**
 * Texts of the bundle {@code org.advance.i18n.messages} in the language of the current view, with
 * arguments. Pages use it as {@code #{i18n.format('key', arg)}} where a label has placeholders.
 */
@Named("i18n")
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = Texts.BUNDLE;

    public String get(String key, Object... args) {
        return format(locale(), key, args);
    }

    /** For pages: one argument. */
    public String format(String key, Object arg) {
        return get(key, arg);
    }

    /** The sentence of a refusal, its arguments formatted for the reader (amounts, statuses). */
    public String of(AdvanceException e) {
        return Texts.refusal(locale(), e);
    }

    static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return Texts.format(locale, pattern, args);
    }

    /** The language the user chose (session), which is also the one of the page being shown. */
    static Locale locale() {
        try {
            return CDI.current().select(BrowserSession.class).get().getLocale();
        } catch (ContextNotActiveException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                    : Languages.DEFAULT;
        }
    }
}
