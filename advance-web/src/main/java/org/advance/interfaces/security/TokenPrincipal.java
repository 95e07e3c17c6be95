package org.advance.interfaces.security;

import jakarta.security.enterprise.CallerPrincipal;
import org.advance.application.Caller;

/**
 * The caller of an API call made with a session token, as {@link SessionTokenIdentityStore} read
 * it with the token. {@link CallerProducer} takes it from the security context instead of reading
 * the account again. Only for tokens: each call validates its token afresh, so the account it
 * carries is never older than the call. (A browser session keeps its principal for its whole
 * life, during which the user may change his language; the pages read the account instead.)
 */
public final class TokenPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final Caller caller;

    public TokenPrincipal(Caller caller) {
        super(caller.login());
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }
}
