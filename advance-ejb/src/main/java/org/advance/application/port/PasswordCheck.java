package org.advance.application.port;

/** Checks a password against the hash an account stores. */
public interface PasswordCheck {

    /** Whether the password matches the login's stored hash. */
    boolean matches(String login, String password, String storedHash);

    /** Spends the time of a real check, for a login that does not exist (timing reveals nothing). */
    void spendCheckTime(String password);
}
