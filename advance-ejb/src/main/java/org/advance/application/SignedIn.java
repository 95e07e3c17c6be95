package org.advance.application;

import java.util.Set;

/** Who a valid credential belongs to, as the container needs it: the login and the security groups. */
public record SignedIn(String login, Set<String> groups) {}
