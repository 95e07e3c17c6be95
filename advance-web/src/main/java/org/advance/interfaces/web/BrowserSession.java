package org.advance.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.advance.application.AccountService;
import org.advance.application.Caller;
import org.advance.domain.Languages;
import org.advance.interfaces.security.CallerProducer;

/**
 * What a browser session remembers besides who signed in (the container keeps that): the language
 * of the pages. Also the language switch and logout.
 */
@Named
@SessionScoped
public class BrowserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallerProducer current;

    @EJB
    private AccountService accounts;

    /** French by default, whatever the browser says: the service is French first. */
    private Locale locale = Languages.DEFAULT;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** The user's own language replaces the one chosen on the login page. */
    void loggedIn() {
        Caller caller = current.caller();
        if (caller != null && Languages.isSupported(caller.locale())) {
            locale = Locale.forLanguageTag(caller.locale());
        }
    }

    /**
     * The language switch (see {@link LanguageFilter}); remembered in the account of a logged-in
     * user when {@code store}, which only a POST asks for.
     */
    void change(String language, boolean store) {
        if (!Languages.isSupported(language)) {
            return;
        }
        locale = Locale.forLanguageTag(language);
        Caller caller = current.caller();
        if (store && caller != null) {
            accounts.changeLocale(caller, language);
        }
    }

    /** The current page (with its query) in another language; computed when the page is first shown. */
    public String switchUrl(String language) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String query = LanguageFilter.withoutLanguage(request.getQueryString());
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&")
                + LanguageFilter.PARAMETER + "=" + language;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
