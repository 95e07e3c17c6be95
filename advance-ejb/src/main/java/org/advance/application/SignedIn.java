package org.advance.application;

import java.util.Set;

/**
 * Who a valid credential belongs to, as the container needs it (the login and the security
 * groups), and as the services need it: read in the same lookup, so that a call with a session
 * token does not read the account a second time.
 */
public record SignedIn(Caller caller, Set<String> groups) {

    public String login() {
        return caller.login();
    }
}
