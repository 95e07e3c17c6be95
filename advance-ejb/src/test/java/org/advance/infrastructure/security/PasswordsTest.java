package org.advance.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = Passwords.hash("demo");
        assertTrue(hash.startsWith("pbkdf2-sha256$"));
        assertTrue(Passwords.verify("demo", hash));
        assertFalse(Passwords.verify("Demo", hash));
        assertFalse(Passwords.verify("", hash));
        assertFalse(Passwords.verify(null, hash));
    }

    @Test
    void saltsDiffer() {
        assertNotEquals(Passwords.hash("demo"), Passwords.hash("demo"));
    }

    @Test
    void malformedHashesNeverVerify() {
        assertFalse(Passwords.verify("demo", "demo"));
        assertFalse(Passwords.verify("demo", "pbkdf2-sha256$x$y$z"));
        assertFalse(Passwords.verify("demo", "pbkdf2-sha256$1000$!!!$!!!"));
    }
}
