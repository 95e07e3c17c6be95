package org.advance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.advance.application.dto.SessionToken;
import org.advance.application.port.AccountRepository;
import org.advance.application.port.PasswordCheck;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.Languages;
import org.advance.domain.Times;
import org.advance.domain.model.ApiSession;
import org.advance.domain.model.AppUser;
import org.advance.domain.model.SessionTokens;

/**
 * Accounts as the security layer sees them: checking a password, the sessions of the HTTP API,
 * resolving the caller, his language.
 */
@Stateless
public class AccountService {

    /** How long an API session works; then the app asks for the password again. */
    public static final Duration SESSION_LIFETIME = Duration.ofDays(30);

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    /** HTTP Basic checks the password on every API call: PBKDF2 once, then from memory for a while. */
    @Inject
    private PasswordCheck passwords;

    @Inject
    private AccountRepository accounts;

    /** The caller when the login exists and the password matches; empty otherwise (no hint which). */
    public Optional<Caller> authenticate(String login, String password) {
        Optional<AppUser> user = byLogin(login);
        if (user.isEmpty()) {
            // Spend the same time as a real check so that timing does not reveal which logins exist.
            passwords.spendCheckTime(password);
            return Optional.empty();
        }
        return passwords.matches(user.get().getLogin(), password, user.get().getPasswordHash())
                ? user.map(AccountService::caller) : Optional.empty();
    }

    /**
     * Opens a session of the HTTP API for a caller who has just given his password: the token is
     * returned once and only its hash is stored. His expired sessions are dropped on the way, so
     * that the table holds about one row per app installation.
     */
    public SessionToken openSession(Caller caller) {
        AppUser user = em.find(AppUser.class, caller.userId());
        if (user == null) {
            throw new AdvanceException(ErrorCode.NOT_ALLOWED, null);
        }
        LocalDateTime now = Times.nowUtc();
        accounts.deleteExpiredSessions(user, now);
        String token = SessionTokens.newToken();
        ApiSession session = new ApiSession(SessionTokens.hash(token), user, now, now.plus(SESSION_LIFETIME));
        em.persist(session);
        return new SessionToken(token, session.getExpiresAt());
    }

    /** Whose session a bearer token opens: one lookup by primary key; empty when unknown or expired. */
    public Optional<VerifiedCaller> bySessionToken(String token) {
        if (!SessionTokens.wellFormed(token)) {
            return Optional.empty();
        }
        // One statement, session and account together: this runs on every call of the app.
        ApiSession session = accounts.sessionByTokenHash(SessionTokens.hash(token)).orElse(null);
        if (session == null || !session.isValidAt(Times.nowUtc())) {
            return Optional.empty();
        }
        AppUser user = session.getUser();
        return Optional.of(new VerifiedCaller(caller(user), groupsOf(user)));
    }

    /** Logs the app out: the token stops working at once. Only the caller's own session can be closed. */
    public void closeSession(Caller caller, String token) {
        if (SessionTokens.wellFormed(token)) {
            accounts.deleteSession(SessionTokens.hash(token), caller.userId());
        }
    }

    public Optional<Caller> caller(String login) {
        return byLogin(login).map(AccountService::caller);
    }

    /** The security groups of an account: worker, staff (only with the advances permission), admin. */
    public Set<String> groups(String login) {
        return byLogin(login).map(AccountService::groupsOf).orElse(Set.of());
    }

    private static Set<String> groupsOf(AppUser user) {
        return switch (user.getRole()) {
            case WORKER -> Set.of("worker");
            case STAFF -> user.hasAdvancesPermission() ? Set.of("staff") : Set.of("staff-without-advances");
            case ADMIN -> Set.of("admin");
        };
    }

    public void changeLocale(Caller caller, String locale) {
        if (!Languages.isSupported(locale)) {
            throw new AdvanceException(ErrorCode.NOT_ALLOWED, "locale");
        }
        AppUser user = em.find(AppUser.class, caller.userId());
        if (user == null) {
            throw new AdvanceException(ErrorCode.NOT_ALLOWED, null);
        }
        user.setLocale(locale);
    }

    private Optional<AppUser> byLogin(String login) {
        // No login has control characters; PostgreSQL would refuse a NUL in the query outright.
        if (login == null || login.isBlank() || login.length() > 80 || login.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return accounts.byLogin(login.strip());
    }

    private static Caller caller(AppUser user) {
        return new Caller(user.getId(), user.getLogin(), user.getRole(), user.getLocale());
    }

}
