package org.advance.interfaces.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Set;
import org.advance.application.AccountService;
import org.advance.application.Caller;

/**
 * Resolves, once per request, the {@link Caller} the services need from the container's security
 * context: never from a request parameter. Null when nobody is logged in (services then refuse).
 * {@code Caller} is a record, which CDI cannot proxy, so the request scope is held by this bean
 * and the produced value is dependent. An API call with a session token brings its caller along
 * ({@link TokenPrincipal}); otherwise the account is read by its login.
 */
@RequestScoped
public class CallerProducer {

    @Inject
    private SecurityContext security;

    @EJB
    private AccountService accounts;

    private Caller caller;
    private boolean resolved;

    @Produces
    public Caller caller() {
        if (!resolved) {
            Set<TokenPrincipal> api = security.getPrincipalsByType(TokenPrincipal.class);
            if (!api.isEmpty()) {
                caller = api.iterator().next().caller();
            } else {
                Principal principal = security.getCallerPrincipal();
                caller = principal == null ? null : accounts.caller(principal.getName()).orElse(null);
            }
            resolved = true;
        }
        return caller;
    }
}
