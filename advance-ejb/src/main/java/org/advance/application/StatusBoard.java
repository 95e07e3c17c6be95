package org.advance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.advance.application.dto.StatusCount;

/** Requests per status over the whole database: the administrator's first look at a deployment. */
@Stateless
public class StatusBoard {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    public List<StatusCount> counts(Caller caller) {
        guard.admin(caller);
        return em.createQuery("SELECT NEW org.advance.application.dto.StatusCount(r.status, COUNT(r))"
                + " FROM AdvanceRequest r GROUP BY r.status ORDER BY r.status", StatusCount.class).getResultList();
    }
}
