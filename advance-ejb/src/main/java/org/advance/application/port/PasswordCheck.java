package org.advance.application.port;

/** Hashes passwords and checks a password against the hash an account stores. */
public interface PasswordCheck {

    /** A new salted hash of the password, in the form {@link #matches} checks. */
    String hash(String password);

    /** Whether the password matches the login's stored hash. */
    boolean matches(String login, String password, String storedHash);

    /** Spends the time of a real check, for a login that does not exist (timing reveals nothing). */
    void spendCheckTime(String password);
}
