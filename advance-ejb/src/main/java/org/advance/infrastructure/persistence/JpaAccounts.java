package org.advance.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import org.advance.application.port.AccountRepository;
import org.advance.domain.model.ApiSession;
import org.advance.domain.model.AppUser;

/** {@link AccountRepository} through the named queries of {@link AppUser} and {@link ApiSession}. */
@Dependent
public class JpaAccounts implements AccountRepository {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Override
    public Optional<AppUser> byLogin(String login) {
        return em.createNamedQuery(AppUser.BY_LOGIN, AppUser.class)
                .setParameter("login", login)
                .getResultStream().findFirst();
    }

    @Override
    public void deleteExpiredSessions(AppUser user, LocalDateTime now) {
        em.createNamedQuery(ApiSession.DELETE_EXPIRED)
                .setParameter("user", user).setParameter("now", now).executeUpdate();
    }

    @Override
    public Optional<ApiSession> sessionByTokenHash(String tokenHash) {
        return em.createNamedQuery(ApiSession.BY_TOKEN_HASH, ApiSession.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public void deleteSession(String tokenHash, long userId) {
        em.createNamedQuery(ApiSession.DELETE_OF_USER)
                .setParameter("hash", tokenHash).setParameter("user", userId)
                .executeUpdate();
    }
}
