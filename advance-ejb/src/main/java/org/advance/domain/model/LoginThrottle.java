package org.advance.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import org.advance.domain.rules.ThrottlePolicy;

/**
 * The wrong passwords counted under one key of {@link ThrottlePolicy}: a login at a client address,
 * or an address alone (login null). Kept in the database so that every node and a restart see the
 * same count.
 */
@NamedQueries({
    @NamedQuery(name = LoginThrottle.DELETE_KEY, query = "DELETE FROM LoginThrottle t WHERE t.key = :key"),
    @NamedQuery(name = LoginThrottle.CURRENT, query = "SELECT NEW org.advance.application.dto.ThrottleView(t.login, t.address, t.failures,"
            + " t.lastFailureAt, t.blockedUntil) FROM LoginThrottle t WHERE t.lastFailureAt > :since"
            + " ORDER BY t.lastFailureAt DESC, t.key"),
    @NamedQuery(name = LoginThrottle.DELETE_OF_LOGIN_OR_ADDRESS, query = "DELETE FROM LoginThrottle t WHERE t.login = :login OR t.address = :address")
})
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** The names of this entity's queries (see the repositories of {@code infrastructure.persistence}). */
    public static final String DELETE_KEY = "LoginThrottle.deleteKey";
    public static final String CURRENT = "LoginThrottle.current";
    public static final String DELETE_OF_LOGIN_OR_ADDRESS = "LoginThrottle.deleteOfLoginOrAddress";

    @Id
    @Column(name = "throttle_key", length = 160)
    private String key;

    @Column(length = 80)
    private String login;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private LocalDateTime lastFailureAt;

    @Column(name = "blocked_until")
    private LocalDateTime blockedUntil;

    protected LoginThrottle() {}

    public LoginThrottle(String login, String address) {
        this.key = key(login, address);
        this.login = login;
        this.address = address;
    }

    /** The address alone, or the address then the login after a space, which no address contains. */
    public static String key(String login, String address) {
        return login == null ? "a:" + address : "l:" + address + " " + login;
    }

    /**
     * Counts one more failure at {@code now}, when the first {@code free} failures of a run cost no
     * wait: the run starts again after a quiet period.
     *
     * @return true when this failure starts or lengthens a wait
     */
    public boolean fail(LocalDateTime now, int free) {
        if (lastFailureAt != null && !ThrottlePolicy.stillCounts(Duration.between(lastFailureAt, now))) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        Duration wait = ThrottlePolicy.waitAfter(failures, free);
        blockedUntil = wait.isZero() ? null : now.plus(wait);
        return blockedUntil != null;
    }

    /** How long a try must still wait at {@code now}; zero when it may go ahead. */
    public Duration waitAt(LocalDateTime now) {
        if (blockedUntil == null || !blockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, blockedUntil);
    }

    public String getKey() {
        return key;
    }

    public String getLogin() {
        return login;
    }

    public String getAddress() {
        return address;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getLastFailureAt() {
        return lastFailureAt;
    }

    public LocalDateTime getBlockedUntil() {
        return blockedUntil;
    }
}
