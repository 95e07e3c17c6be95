package org.advance.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.advance.application.port.PasswordCheck;

/**
 * Hashes passwords with Jakarta Security's {@link Pbkdf2PasswordHash}, the server's own
 * implementation (PBKDF2-HMAC-SHA256 with the {@link #PARAMETERS} below, stored as
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash}), and remembers for a few minutes that a
 * login's password matched its stored hash. The mobile app sends HTTP Basic on every call, and
 * PBKDF2 is slow on purpose: paying it on every call would cap the API at a few calls per second
 * per core (figures in docs/performance.md). Held per login: an HMAC of the password under a key
 * drawn at each start and never stored, and the stored hash it was checked against, so that a
 * changed password stops matching at once. A wrong password is never remembered and always pays
 * the full PBKDF2.
 */
@ApplicationScoped
public class VerifiedPasswords implements PasswordCheck {

    /**
     * The hash's settings, the same as the project's own PBKDF2 had before (migration V12 only
     * rewrote the separators of the stored hashes). A stored hash carries its own iterations, so
     * raising them later keeps the older hashes valid.
     */
    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 100_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Pbkdf2PasswordHash pbkdf2;
    private final String dummyHash;

    @Inject
    public VerifiedPasswords(Pbkdf2PasswordHash pbkdf2) {
        this(Clock.systemUTC(), pbkdf2);
    }

    /** For the proxy the container makes of an application-scoped bean: never used to check anything. */
    protected VerifiedPasswords() {
        this.clock = Clock.systemUTC();
        this.pbkdf2 = null;
        this.dummyHash = null;
    }

    VerifiedPasswords(Clock clock, Pbkdf2PasswordHash pbkdf2) {
        this.clock = clock;
        this.pbkdf2 = pbkdf2;
        new SecureRandom().nextBytes(key);
        pbkdf2.initialize(PARAMETERS);
        this.dummyHash = pbkdf2.generate("not a password of anyone".toCharArray());
    }

    @Override
    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** The full PBKDF2 check; false for a hash that is not in Pbkdf2PasswordHash's format. */
    private boolean slowMatch(String password, String storedHash) {
        try {
            return pbkdf2.verify(password.toCharArray(), storedHash);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @Override
    public boolean matches(String login, String password, String storedHash) {
        return verify(login, password, storedHash);
    }

    /** A full PBKDF2 check against a hash of nobody's. */
    @Override
    public void spendCheckTime(String password) {
        slowMatch(password == null ? "" : password, dummyHash);
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
        if (!slowMatch(password, storedHash)) {
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
