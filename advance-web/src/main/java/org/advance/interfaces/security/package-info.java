/**
 * Signing in, for the pages and the HTTP API alike: the application's one Jakarta Security
 * authentication mechanism (the login form, HTTP Basic, a session's bearer token, the sign-in
 * throttle), its identity stores over {@code AccountService}, and {@code CallerProducer}, which
 * gives every request the {@code Caller} the services check.
 */
package org.advance.interfaces.security;
