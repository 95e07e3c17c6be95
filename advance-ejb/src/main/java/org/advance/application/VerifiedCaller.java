package org.advance.application;

import java.util.Set;

/**
 * The {@link Caller} a credential just verified belongs to, with his security groups: what the
 * container needs (the login and the groups) and what the services need, read in the same lookup,
 * so that a call with a session token does not read the account a second time.
 */
public record VerifiedCaller(Caller caller, Set<String> groups) {

    public String login() {
        return caller.login();
    }
}
