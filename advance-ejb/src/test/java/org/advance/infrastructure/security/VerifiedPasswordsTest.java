package org.advance.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private final String hash = Passwords.hash("demo");
    private final AtomicInteger slowChecks = new AtomicInteger();
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");

    private VerifiedPasswords passwords() {
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
        return new VerifiedPasswords(clock, (password, stored) -> {
            slowChecks.incrementAndGet();
            return Passwords.verify(password, stored);
        });
    }

    @Test
    void aVerifiedPasswordIsRecognisedWithoutPbkdf2UntilItExpires() {
        VerifiedPasswords passwords = passwords();
        assertTrue(passwords.verify("marie", "demo", hash));
        assertTrue(passwords.verify("marie", "demo", hash));
        assertTrue(passwords.verify("marie", "demo", hash));
        assertEquals(1, slowChecks.get());
        now = now.plus(VerifiedPasswords.TIME_TO_LIVE).plusSeconds(1);
        assertTrue(passwords.verify("marie", "demo", hash));
        assertEquals(2, slowChecks.get(), "expired: checked again");
    }

    @Test
    void aWrongPasswordIsNeverRememberedNorAcceptedAfterARightOne() {
        VerifiedPasswords passwords = passwords();
        assertFalse(passwords.verify("marie", "wrong", hash));
        assertTrue(passwords.verify("marie", "demo", hash));
        assertFalse(passwords.verify("marie", "wrong", hash));
        assertFalse(passwords.verify("marie", "demo ", hash));
        assertEquals(4, slowChecks.get(), "every wrong password pays the full check");
    }

    @Test
    void aChangedPasswordStopsMatchingAtOnce() {
        VerifiedPasswords passwords = passwords();
        assertTrue(passwords.verify("marie", "demo", hash));
        String changed = Passwords.hash("new secret");
        assertFalse(passwords.verify("marie", "demo", changed));
        assertTrue(passwords.verify("marie", "new secret", changed));
    }

    @Test
    void theSamePasswordOfAnotherLoginIsCheckedOnItsOwn() {
        VerifiedPasswords passwords = passwords();
        assertTrue(passwords.verify("marie", "demo", hash));
        assertFalse(passwords.verify("karim", "demo", Passwords.hash("other")));
        assertFalse(passwords.verify(null, "demo", hash));
        assertFalse(passwords.verify("marie", null, hash));
    }
}
