package org.advance.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.advance.application.dto.ThrottleView;
import org.advance.application.port.ThrottleRepository;
import org.advance.domain.model.LoginThrottle;

/** {@link ThrottleRepository} through the named queries of {@link LoginThrottle}. */
@Dependent
public class JpaThrottles implements ThrottleRepository {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Override
    public void delete(String key) {
        em.createNamedQuery(LoginThrottle.DELETE_KEY).setParameter("key", key).executeUpdate();
    }

    @Override
    public List<ThrottleView> failedSince(LocalDateTime since, int limit) {
        return em.createNamedQuery(LoginThrottle.CURRENT, ThrottleView.class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int deleteOfLoginOrAddress(String login, String address) {
        return em.createNamedQuery(LoginThrottle.DELETE_OF_LOGIN_OR_ADDRESS)
                .setParameter("login", login)
                .setParameter("address", address)
                .executeUpdate();
    }
}
