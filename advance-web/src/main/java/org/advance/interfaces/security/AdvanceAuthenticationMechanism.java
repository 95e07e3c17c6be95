package org.advance.interfaces.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.advance.application.SignInThrottle;
import org.advance.interfaces.http.ApiErrors;
import org.advance.interfaces.http.WebHygiene;
import org.omnifaces.util.Servlets;

/**
 * The application's one authentication mechanism, for two kinds of clients:
 * <ul>
 *   <li>pages: a form login ({@code /login.xhtml} calls {@code SecurityContext.authenticate}); the
 *   caller is then kept in the HTTP session; a protected page asked for without login redirects to
 *   the login page and remembers where the user was going (the decision mail's link relies on it);
 *   <li>the HTTP API under {@code /api/}: no HTTP session; each call carries either the bearer token of
 *   an API session ({@code POST /api/session}, the mobile app's way) or HTTP Basic (scripts, and
 *   opening that session); a 401 with a challenge instead of a redirect.
 * </ul>
 * Written by hand rather than with the built-in form and Basic mechanisms because Jakarta Security
 * allows one mechanism per application and the two clients need different answers.
 *
 * <p>Every password goes through {@link SignInThrottle} first, whichever the way in (form, Basic,
 * opening an API session): while its login and address wait, the password is not even checked.
 * A session id that came in the URL ({@code ;jsessionid=}) never authenticates: only the cookie,
 * which another site cannot read or plant, does. Redirects are paths without a host, so a forged
 * {@code Host} header cannot send the browser elsewhere. The API's refusals are its JSON errors.
 */
@ApplicationScoped
public class AdvanceAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the logged-in caller of the pages. */
    static final String SESSION_CALLER = "advance.caller";
    /** Session attribute holding the page (path and query) asked for before login. */
    public static final String SESSION_TARGET = "advance.loginTarget";

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String REALM = "Basic realm=\"advance\", charset=\"UTF-8\"";
    private static final String BEARER_REALM = "Bearer realm=\"advance\"";

    /** Request attribute set when a form login was refused because it must wait: the seconds left. */
    public static final String THROTTLED_SECONDS = "advance.throttledSeconds";

    private static final Logger LOG = Logger.getLogger(AdvanceAuthenticationMechanism.class.getName());

    @Inject
    private IdentityStoreHandler identityStores;

    @EJB
    private SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return api(request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        // A session named in the URL is somebody's id seen in a link or a log, not proof of who this is.
        HttpSession session = request.isRequestedSessionIdFromURL() ? null : request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(SESSION_CALLER);
        if (stored instanceof RememberedSignIn caller) {
            return context.notifyContainerAboutLogin(caller.login(), caller.groups());
        }
        if (context.isProtected()) {
            rememberTarget(request);
            if (Servlets.isFacesAjaxRequest(request)) {
                // An Ajax call after the session expired: a 302 would be swallowed by the page's script.
                return ajaxRedirect(request, response, request.getContextPath() + LOGIN_PAGE);
            }
            return redirect(response, request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // Never somebody else's session named in the URL: that would sign him out.
        HttpSession session = request.isRequestedSessionIdFromURL() ? null : request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
            Credential credential) {
        Duration wait = waitFor(credential, request);
        if (!wait.isZero()) {
            request.setAttribute(THROTTLED_SECONDS, seconds(wait));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = validate(credential, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No 401 body here: the login page shows its own message.
            return AuthenticationStatus.SEND_FAILURE;
        }
        RememberedSignIn caller = new RememberedSignIn(result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups()));
        request.getSession().setAttribute(SESSION_CALLER, caller);
        return context.notifyContainerAboutLogin(caller.login(), caller.groups());
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        Credential credential = bearerCredential(authorization);
        if (credential == null) {
            credential = basicCredential(authorization);
        }
        if (credential != null) {
            Duration wait = waitFor(credential, request);
            if (!wait.isZero()) {
                return tooManyAttempts(context, wait);
            }
            CredentialValidationResult result = validate(credential, request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(context);
        }
        return context.isProtected() ? challenge(context) : context.doNothing();
    }

    /** How long a password try must still wait; bearer tokens are not guessable and are not throttled. */
    private Duration waitFor(Credential credential, HttpServletRequest request) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return Duration.ZERO;
        }
        return throttle.waitFor(password.getCaller(), clientAddress(request));
    }

    /** Checks the credential and tells the throttle how a password try went. */
    private CredentialValidationResult validate(Credential credential, HttpServletRequest request) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (credential instanceof UsernamePasswordCredential password) {
            try {
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    throttle.succeeded(password.getCaller(), clientAddress(request));
                } else {
                    throttle.failed(password.getCaller(), clientAddress(request));
                }
            } catch (RuntimeException raced) {
                // Two first failures of one key at once: one of them is not counted, the next one is.
                LOG.log(Level.FINE, "Sign-in throttle not updated", raced);
            }
        }
        return result;
    }

    /**
     * The client's address as the throttle counts it. Behind a reverse proxy (server setting
     * {@code advance.behindProxy}, from ADVANCE_BEHIND_PROXY) it is the last address of
     * X-Forwarded-For, the one the proxy itself saw (earlier ones are whatever the client claimed);
     * otherwise the connection's. Never trusted without the setting: a client could claim any address.
     */
    static String clientAddress(HttpServletRequest request) {
        String forwarded = Boolean.getBoolean("advance.behindProxy") ? request.getHeader("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return request.getRemoteAddr();
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static AuthenticationStatus tooManyAttempts(HttpMessageContext context, Duration wait) {
        long seconds = seconds(wait);
        context.getResponse().setHeader("Retry-After", Long.toString(seconds));
        writeError(context, 429, "TOO_MANY_ATTEMPTS", "api.error.TOO_MANY_ATTEMPTS", seconds);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The redirect a Faces Ajax call understands (a partial response), to a path of this application. */
    private static AuthenticationStatus ajaxRedirect(HttpServletRequest request, HttpServletResponse response,
            String path) {
        WebHygiene.pageHeaders(response, true, true);
        try {
            Servlets.facesRedirect(request, response, path);
        } catch (UncheckedIOException e) {
            // The client went away.
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus challenge(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", REALM);
        context.getResponse().addHeader("WWW-Authenticate", BEARER_REALM);
        writeError(context, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED", "api.error.UNAUTHENTICATED");
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The API's JSON error as the whole answer (not the container's error page, which is HTML). */
    private static void writeError(HttpMessageContext context, int status, String code, String key, Object... args) {
        try {
            ApiErrors.write(context.getRequest(), context.getResponse(), status, code, null, key, args);
        } catch (IOException e) {
            // The client went away; it gets nothing either way.
        }
    }

    /**
     * A redirect to a path of this application, written as a path: the container would otherwise
     * prefix it with the scheme and the {@code Host} the client sent, whatever that is.
     */
    public static AuthenticationStatus redirect(HttpServletResponse response, String path) {
        WebHygiene.pageHeaders(response, true, true);
        WebHygiene.redirect(response, path);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The token of an "Authorization: Bearer ..." header, or null when the header is of another scheme. */
    public static SessionTokenCredential bearerCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return new SessionTokenCredential(header.substring(7).strip());
    }

    /** The login and password of an "Authorization: Basic ..." header, or null when there is none or it is malformed. */
    public static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static boolean isApi(HttpServletRequest request) {
        return ApiErrors.isApi(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Keeps the page asked for (GET only: a form post cannot be replayed) to go there after login. */
    private static void rememberTarget(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.isRequestedSessionIdFromURL()) {
            return;
        }
        String target = request.getRequestURI();
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        request.getSession().setAttribute(SESSION_TARGET, target);
    }

    /** What the browser session remembers of a sign-in between pages: the login and its groups. */
    record RememberedSignIn(String login, Set<String> groups) implements Serializable {}
}
