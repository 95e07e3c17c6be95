package org.advance.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** On Soteria's Pbkdf2PasswordHash, the implementation Payara and WildFly inject. */
class VerifiedPasswordsTest {

    /** "secret-pw" as the project's own PBKDF2 stored it before migration V12. */
    static final String PRE_V12_HASH = "pbkdf2-sha256$120000$trGUi9UtYsVYt7R8n1SdpA==$"
            + "fLzZfccOivJVP4CX42n9/ZLYhkWfu1752LqitVu3lj8=";

    private final AtomicInteger slowChecks = new AtomicInteger();
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");
    private final VerifiedPasswords passwords = passwords();
    private final String hash = passwords.hash("demo");

    private VerifiedPasswords passwords() {
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
        return new VerifiedPasswords(clock, new Counting(new Pbkdf2PasswordHashImpl()));
    }

    @Test
    void aHashIsInTheFormatOfJakartaSecurityWithTheSettingsOfBefore() {
        String[] parts = hash.split(":");
        assertEquals(4, parts.length, hash);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("120000", parts[1]);
        assertEquals(16, java.util.Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length, "key bytes");
        assertNotEquals(hash, passwords.hash("demo"), "a new salt each time");
    }

    @Test
    void aHashOfTheProjectsOwnPbkdf2MatchesOnceMigrationV12RewroteItsSeparators() {
        String migrated = PRE_V12_HASH.replace("pbkdf2-sha256$", "PBKDF2WithHmacSHA256:").replace('$', ':');
        assertTrue(passwords.verify("marie", "secret-pw", migrated));
        assertFalse(passwords.verify("karim", "secret-pw ", migrated));
        assertFalse(passwords.verify("lea", "secret-pw", PRE_V12_HASH), "the old format itself is not read");
    }

    @Test
    void aMalformedStoredHashMatchesNothingAndThrowsNothing() {
        assertFalse(passwords.verify("marie", "demo", ""));
        assertFalse(passwords.verify("marie", "demo", "PBKDF2WithHmacSHA256:120000:not base64!:x"));
        assertFalse(passwords.verify("marie", "demo", "MD5:1:AAAA:AAAA"));
    }

    @Test
    void aVerifiedPasswordIsRecognisedWithoutPbkdf2UntilItExpires() {
        slowChecks.set(0);
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
        slowChecks.set(0);
        assertFalse(passwords.verify("marie", "wrong", hash));
        assertTrue(passwords.verify("marie", "demo", hash));
        assertFalse(passwords.verify("marie", "wrong", hash));
        assertFalse(passwords.verify("marie", "demo ", hash));
        assertEquals(4, slowChecks.get(), "every wrong password pays the full check");
    }

    @Test
    void anUnknownLoginPaysAFullCheckToo() {
        slowChecks.set(0);
        passwords.spendCheckTime("anything");
        passwords.spendCheckTime(null);
        assertEquals(2, slowChecks.get());
    }

    @Test
    void aChangedPasswordStopsMatchingAtOnce() {
        assertTrue(passwords.verify("marie", "demo", hash));
        String changed = passwords.hash("new secret");
        assertFalse(passwords.verify("marie", "demo", changed));
        assertTrue(passwords.verify("marie", "new secret", changed));
    }

    @Test
    void theSamePasswordOfAnotherLoginIsCheckedOnItsOwn() {
        assertTrue(passwords.verify("marie", "demo", hash));
        assertFalse(passwords.verify("karim", "demo", passwords.hash("other")));
        assertFalse(passwords.verify(null, "demo", hash));
        assertFalse(passwords.verify("marie", null, hash));
    }

    /** Counts the full PBKDF2 checks, the slow path the memory saves. */
    private final class Counting implements Pbkdf2PasswordHash {

        private final Pbkdf2PasswordHash real;

        Counting(Pbkdf2PasswordHash real) {
            this.real = real;
        }

        @Override
        public void initialize(Map<String, String> parameters) {
            real.initialize(parameters);
        }

        @Override
        public String generate(char[] password) {
            return real.generate(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            slowChecks.incrementAndGet();
            return real.verify(password, hashedPassword);
        }
    }
}
