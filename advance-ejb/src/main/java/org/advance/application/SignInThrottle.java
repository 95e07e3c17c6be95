package org.advance.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.advance.application.dto.ThrottleView;
import org.advance.application.port.ThrottleRepository;
import org.advance.domain.Times;
import org.advance.domain.model.LoginThrottle;
import org.advance.domain.rules.ThrottlePolicy;

/**
 * The brute-force defence of every way to sign in (the login form, HTTP Basic, opening an API
 * session): the authentication mechanism asks {@link #waitFor} before it checks a password and
 * reports each outcome. The rule is {@link ThrottlePolicy}; the counts live in the database, so
 * every node sees the same. Each of its own transactions, so that a failed sign-in is counted even
 * though the caller's work goes no further.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    private static final int LOGIN_LENGTH = 80;
    private static final int ADDRESS_LENGTH = 64;

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private ThrottleRepository throttles;

    /** How long a try of this login from this address must still wait; zero when it may go ahead. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Duration waitFor(String login, String address) {
        LocalDateTime now = Times.nowUtc();
        Duration wait = Duration.ZERO;
        for (String key : List.of(LoginThrottle.key(normal(login), normalAddress(address)),
                LoginThrottle.key(null, normalAddress(address)))) {
            LoginThrottle throttle = em.find(LoginThrottle.class, key);
            if (throttle != null && throttle.waitAt(now).compareTo(wait) > 0) {
                wait = throttle.waitAt(now);
            }
        }
        return wait;
    }

    /** A wrong password (or an unknown login): counted for the pair and for the address. */
    public void failed(String login, String address) {
        LocalDateTime now = Times.nowUtc();
        String who = normal(login);
        String where = normalAddress(address);
        count(who, where, now);
        count(null, where, now);
    }

    /** The right password: the pair's failures are forgotten (the address's are not: one good account must not clear them). */
    public void succeeded(String login, String address) {
        throttles.delete(LoginThrottle.key(normal(login), normalAddress(address)));
    }

    /** The administrator's view: every key that waits, or has failures, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ThrottleView> current(Caller caller, int limit) {
        guard.admin(caller);
        LocalDateTime since = Times.nowUtc().minus(ThrottlePolicy.FORGET_AFTER);
        return throttles.failedSince(since, limit);
    }

    /**
     * Lifts the waits of a login (every address it was tried from) or of an address (alone and with
     * every login): what the administrator does for a user who called.
     *
     * @return how many keys were lifted
     */
    public int lift(Caller caller, String loginOrAddress) {
        guard.admin(caller);
        if (loginOrAddress == null || loginOrAddress.isBlank()) {
            return 0;
        }
        String value = loginOrAddress.strip();
        int lifted = throttles.deleteOfLoginOrAddress(normal(value), value);
        LOG.info(() -> "Sign-in throttle lifted by " + caller.login() + " for " + value + ": " + lifted + " key(s)");
        return lifted;
    }

    private void count(String login, String address, LocalDateTime now) {
        String key = LoginThrottle.key(login, address);
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(login, address);
            em.persist(throttle);
        }
        if (throttle.fail(now, login == null ? freePerAddress() : ThrottlePolicy.FREE_PER_LOGIN_AND_ADDRESS)) {
            LoginThrottle t = throttle;
            LOG.warning(() -> "Sign-in throttled: " + (login == null ? "address " + address : "login " + login
                    + " from " + address) + " after " + t.getFailures() + " failures, until " + t.getBlockedUntil()
                    + " UTC");
        }
    }

    /**
     * The free failures of one address, server setting {@code advance.signIn.freePerAddress}: behind
     * a reverse proxy that does not pass the client's address on, every client has the proxy's, and
     * the operator must raise it (docs/security.md).
     */
    static int freePerAddress() {
        try {
            return Math.max(ThrottlePolicy.FREE_PER_LOGIN_AND_ADDRESS,
                    Integer.parseInt(System.getProperty("advance.signIn.freePerAddress",
                            Integer.toString(ThrottlePolicy.FREE_PER_ADDRESS)).strip()));
        } catch (NumberFormatException e) {
            return ThrottlePolicy.FREE_PER_ADDRESS;
        }
    }

    /**
     * Logins are compared as the identity store does: stripped, lower case, bounded; control
     * characters (a NUL, which PostgreSQL refuses in text) become "?", so such a login is counted too.
     */
    static String normal(String login) {
        String value = login == null ? "" : login.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
        return value.length() > LOGIN_LENGTH ? value.substring(0, LOGIN_LENGTH) : value;
    }

    private static String normalAddress(String address) {
        String value = address == null || address.isBlank() ? "unknown" : address.strip().replaceAll("\\p{Cntrl}", "?");
        return value.length() > ADDRESS_LENGTH ? value.substring(0, ADDRESS_LENGTH) : value;
    }
}
