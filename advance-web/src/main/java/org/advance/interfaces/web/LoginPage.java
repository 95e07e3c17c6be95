package org.advance.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.advance.interfaces.security.AdvanceAuthenticationMechanism;

/** The login form: checks the password through the security context, then goes where the user was going. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    @Inject
    private BrowserSession browserSession;

    private String login;
    private String password;

    /**
     * Someone already logged in who opens the login page goes to his home. Tested by "has a home
     * other than this page", not by a caller principal: WildFly gives anonymous callers a principal
     * ("anonymous"), and the login page then redirected to itself forever.
     */
    public void onLoad() throws IOException {
        String home = Navigation.home(faces.getExternalContext());
        if (!home.endsWith("/login.xhtml")) {
            faces.getExternalContext().redirect(home);
        }
    }

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(login == null ? "" : login.strip(),
                        password == null ? "" : password))
                .newAuthentication(true));
        password = null;
        if (status != AuthenticationStatus.SUCCESS) {
            Object wait = request.getAttribute(AdvanceAuthenticationMechanism.THROTTLED_SECONDS);
            String text = wait instanceof Long seconds ? messages.get("login.throttled", waitText(seconds))
                    : messages.get("login.failed");
            org.omnifaces.util.Messages.addGlobalError(text);
            return;
        }
        // A new session id after login: an id planted before login (session fixation) is worth nothing.
        request.changeSessionId();
        browserSession.loggedIn();
        HttpSession session = request.getSession();
        Object target = session.getAttribute(AdvanceAuthenticationMechanism.SESSION_TARGET);
        session.removeAttribute(AdvanceAuthenticationMechanism.SESSION_TARGET);
        external.redirect(safeTarget(target, request.getContextPath(), Navigation.home(external)));
        faces.responseComplete();
    }

    /** "30 secondes", "3 minutes": minutes from one minute on, rounded up. */
    private String waitText(long seconds) {
        return seconds < 60 ? messages.get("login.throttled.seconds", seconds)
                : messages.get("login.throttled.minutes", (seconds + 59) / 60);
    }

    /** Only a path of this application, never another site (no open redirect). */
    static String safeTarget(Object target, String contextPath, String home) {
        if (target instanceof String t && t.startsWith(contextPath + "/") && !t.startsWith("//")
                && !t.contains("\\") && !t.contains("/api/") && !t.contains("/jakarta.faces.resource/")) {
            return t;
        }
        return home;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
