package org.advance.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.advance.application.port.PasswordCheck;

/**
 * Remembers for a few minutes that a login's password matched its stored PBKDF2 hash. The mobile
 * app sends HTTP Basic on every call, and PBKDF2 is slow on purpose: paying it on every call would
 * cap the API at a few calls per second per core (figures in docs/performance.md). Held per login: an HMAC of the password under a key drawn at each
 * start and never stored, and the stored hash it was checked against, so that a changed password
 * stops matching at once. A wrong password is never remembered and always pays the full PBKDF2.
 */
@ApplicationScoped
public class VerifiedPasswords implements PasswordCheck {

    private static final String DUMMY_HASH = Passwords.hash("not a password of anyone");

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 100_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Clock clock;
    private final BiPredicate<String, String> slowCheck;

    public VerifiedPasswords() {
        this(Clock.systemUTC(), Passwords::verify);
    }

    VerifiedPasswords(Clock clock, BiPredicate<String, String> slowCheck) {
        this.clock = clock;
        this.slowCheck = slowCheck;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public boolean matches(String login, String password, String storedHash) {
        return verify(login, password, storedHash);
    }

    /** A full PBKDF2 check against a hash of nobody's. */
    @Override
    public void spendCheckTime(String password) {
        Passwords.verify(password == null ? "" : password, DUMMY_HASH);
    }

    /** Whether the password matches the stored hash: from memory when it matched recently, else by PBKDF2. */
    public boolean verify(String login, String password, String storedHash) {
        if (login == null || password == null || storedHash == null) {
            return false;
        }
        byte[] mac = mac(password);
        Instant now = clock.instant();
        Entry known = entries.get(login);
        if (known != null && now.isBefore(known.expires()) && known.storedHash().equals(storedHash)
                && MessageDigest.isEqual(known.mac(), mac)) {
            return true;
        }
        if (!slowCheck.test(password, storedHash)) {
            return false;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(login, new Entry(storedHash, mac, now.plus(TIME_TO_LIVE)));
        return true;
    }

    private byte[] mac(String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private record Entry(String storedHash, byte[] mac, Instant expires) {}
}
