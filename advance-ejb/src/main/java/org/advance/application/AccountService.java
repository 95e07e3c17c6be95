package org.advance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.model.AppUser;
import org.advance.infrastructure.security.Passwords;
import org.advance.infrastructure.security.VerifiedPasswords;

/** Accounts as the security layer sees them: checking a password, resolving the caller, his language. */
@Stateless
public class AccountService {

    /** Languages of the pages and mails; the first is the default. */
    public static final Set<String> LOCALES = Set.of("fr", "en");

    private static final String DUMMY_HASH = Passwords.hash("not a password of anyone");

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    /** HTTP Basic checks the password on every API call: PBKDF2 once, then from memory for a while. */
    @Inject
    private VerifiedPasswords verified;

    /** The caller when the login exists and the password matches; empty otherwise (no hint which). */
    public Optional<Caller> authenticate(String login, String password) {
        Optional<AppUser> user = byLogin(login);
        if (user.isEmpty()) {
            // Spend the same time as a real check so that timing does not reveal which logins exist.
            Passwords.verify(password == null ? "" : password, DUMMY_HASH);
            return Optional.empty();
        }
        return verified.verify(user.get().getLogin(), password, user.get().getPasswordHash())
                ? user.map(AccountService::caller) : Optional.empty();
    }

    public Optional<Caller> caller(String login) {
        return byLogin(login).map(AccountService::caller);
    }

    /** The security groups of an account: worker, staff (only with the advances permission), admin. */
    public Set<String> groups(String login) {
        return byLogin(login).map(u -> switch (u.getRole()) {
            case WORKER -> Set.of("worker");
            case STAFF -> u.hasAdvancesPermission() ? Set.of("staff") : Set.of("staff-without-advances");
            case ADMIN -> Set.of("admin");
        }).orElse(Set.of());
    }

    public void changeLocale(Caller caller, String locale) {
        if (!LOCALES.contains(locale)) {
            throw new AdvanceException(ErrorCode.NOT_ALLOWED, "locale");
        }
        AppUser user = em.find(AppUser.class, caller.userId());
        if (user == null) {
            throw new AdvanceException(ErrorCode.NOT_ALLOWED, null);
        }
        user.setLocale(locale);
    }

    private Optional<AppUser> byLogin(String login) {
        if (login == null || login.isBlank() || login.length() > 80) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM AppUser u WHERE u.login = :login", AppUser.class)
                .setParameter("login", login.strip())
                .getResultStream().findFirst();
    }

    private static Caller caller(AppUser user) {
        return new Caller(user.getId(), user.getLogin(), user.getRole(), user.getLocale());
    }

}
