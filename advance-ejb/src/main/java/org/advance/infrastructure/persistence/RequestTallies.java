package org.advance.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.advance.application.port.Tallies;
import org.advance.domain.model.RequestStatus;

/**
 * Keeps {@code request_tally} in step with the answered requests: every service that answers or
 * cancels a request calls {@link #answered} in the same transaction, so the history's total is a
 * few primary-key reads instead of a count over every answered request of a large agency. Waiting
 * requests are not tallied (few per agency, and submissions would queue on one row). Code that
 * writes requests some other way (the demo data, the benchmark generator) calls {@link #rebuild}.
 */
@Stateless
@LocalBean
@Local(Tallies.class)
public class RequestTallies implements Tallies {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** A request of the agency left {@code SENT} for this status: answered, or cancelled by the worker. */
    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void answered(long agencyId, RequestStatus status) {
        if (status == RequestStatus.SENT) {
            throw new IllegalArgumentException("only answered statuses are tallied");
        }
        if (update(agencyId, status) == 0) {
            try {
                context.getBusinessObject(RequestTallies.class).create(agencyId);
            } catch (EJBException collided) {
                // Another transaction created them at the same moment: they exist now either way.
            }
            if (update(agencyId, status) == 0) {
                throw new IllegalStateException("No tally row for agency " + agencyId + " and " + status);
            }
        }
    }

    /** The number of answered requests of these agencies, all statuses together. */
    @Override
    public long answeredCount(List<Long> agencies) {
        if (agencies.isEmpty()) {
            return 0;
        }
        // Untyped: the sum of a BIGINT is a BIGINT on PostgreSQL but a NUMERIC on H2.
        Object sum = em.createQuery("SELECT COALESCE(SUM(t.n), 0) FROM RequestTally t WHERE t.agencyId IN :agencies")
                .setParameter("agencies", agencies)
                .getSingleResult();
        return ((Number) sum).longValue();
    }

    /** Counts everything again from the requests themselves: the statements of {@link Statements#TALLY_REBUILD}. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void rebuild() {
        em.flush();
        Statements.TALLY_REBUILD.forEach(statement -> em.createNativeQuery(statement).executeUpdate());
    }

    /**
     * Creates the agency's missing rows at zero, in a transaction of its own that commits at once:
     * two first answers of an agency at the same instant then both find the rows, and the one
     * whose insert collides only loses this small transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(long agencyId) {
        for (RequestStatus status : RequestStatus.values()) {
            boolean missing = em.find(RequestTally.class, new RequestTally.Key(agencyId, status)) == null;
            if (status != RequestStatus.SENT && missing) {
                em.persist(new RequestTally(agencyId, status));
            }
        }
        em.flush();
    }

    private int update(long agencyId, RequestStatus status) {
        return em.createQuery("UPDATE RequestTally t SET t.n = t.n + 1 WHERE t.agencyId = :agency AND t.status = :status")
                .setParameter("agency", agencyId)
                .setParameter("status", status)
                .executeUpdate();
    }
}
