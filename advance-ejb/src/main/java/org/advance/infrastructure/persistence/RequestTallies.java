package org.advance.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.advance.domain.model.RequestStatus;

/**
 * Keeps {@code request_tally} in step with the requests: every service that creates a request or
 * changes its status calls {@link #moved} in the same transaction, so the staff tables' totals
 * are a few primary-key reads instead of a count over every row of a large agency. Code that
 * writes requests some other way (the demo data, the benchmark generator) calls {@link #rebuild}.
 */
@Stateless
public class RequestTallies {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * One request of the agency moved from a status (null for a new request) to another. The
     * rows are updated at the end of the caller's transaction's work, so their locks are short.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void moved(long agencyId, RequestStatus from, RequestStatus to) {
        if (from != null) {
            add(agencyId, from, -1);
        }
        add(agencyId, to, 1);
    }

    /** The number of requests of these agencies in the status, or in every other status. */
    public long count(List<Long> agencies, RequestStatus status, boolean otherThanStatus) {
        if (agencies.isEmpty()) {
            return 0;
        }
        // Untyped: the sum of a BIGINT is a BIGINT on PostgreSQL but a NUMERIC on H2.
        Object sum = em.createQuery("SELECT COALESCE(SUM(t.n), 0) FROM RequestTally t WHERE t.agencyId IN :agencies"
                        + (otherThanStatus ? " AND t.status <> :status" : " AND t.status = :status"))
                .setParameter("agencies", agencies)
                .setParameter("status", status)
                .getSingleResult();
        return ((Number) sum).longValue();
    }

    /** Counts everything again from the requests themselves. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void rebuild() {
        em.flush();
        em.createNativeQuery("DELETE FROM request_tally").executeUpdate();
        em.createNativeQuery("INSERT INTO request_tally (agency_id, status, n)"
                + " SELECT agency_id, status, COUNT(*) FROM advance_request GROUP BY agency_id, status").executeUpdate();
    }

    /**
     * Creates the agency's missing rows at zero, in a transaction of its own that commits at once:
     * two first requests of an agency at the same instant then both find the rows, and the one
     * whose insert collides only loses this small transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(long agencyId) {
        for (RequestStatus status : RequestStatus.values()) {
            if (em.find(RequestTally.class, new RequestTally.Key(agencyId, status)) == null) {
                em.persist(new RequestTally(agencyId, status));
            }
        }
        em.flush();
    }

    private void add(long agencyId, RequestStatus status, int delta) {
        if (update(agencyId, status, delta) == 0) {
            try {
                context.getBusinessObject(RequestTallies.class).create(agencyId);
            } catch (EJBException collided) {
                // Another transaction created them at the same moment: they exist now either way.
            }
            if (update(agencyId, status, delta) == 0) {
                throw new IllegalStateException("No tally row for agency " + agencyId + " and " + status);
            }
        }
    }

    private int update(long agencyId, RequestStatus status, int delta) {
        return em.createQuery("UPDATE RequestTally t SET t.n = t.n + :delta"
                        + " WHERE t.agencyId = :agency AND t.status = :status")
                .setParameter("delta", (long) delta)
                .setParameter("agency", agencyId)
                .setParameter("status", status)
                .executeUpdate();
    }
}
