package org.advance.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.advance.application.dto.EmployerView;
import org.advance.application.port.AssignmentRepository;
import org.advance.domain.model.Assignment;

/** {@link AssignmentRepository} through the named queries of {@link Assignment}. */
@Dependent
public class JpaAssignments implements AssignmentRepository {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Override
    public Optional<Assignment> of(long workerId, long agencyId, boolean forUpdate) {
        TypedQuery<Assignment> query = em.createNamedQuery(Assignment.OF_WORKER_AT_AGENCY, Assignment.class)
                .setParameter("worker", workerId)
                .setParameter("agency", agencyId);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    @Override
    public List<Assignment> atEmployer(long workerId, long employerId) {
        return em.createNamedQuery(Assignment.AT_EMPLOYER, Assignment.class)
                .setParameter("worker", workerId)
                .setParameter("employer", employerId)
                .getResultList();
    }

    @Override
    public List<Long> agencyIdsAtEmployer(long workerId, long employerId) {
        return em.createNamedQuery(Assignment.AGENCY_IDS_AT_EMPLOYER, Long.class)
                .setParameter("worker", workerId)
                .setParameter("employer", employerId)
                .getResultList();
    }

    @Override
    public List<EmployerView> employers(long workerId) {
        return em.createNamedQuery(Assignment.EMPLOYERS, EmployerView.class)
                .setParameter("worker", workerId)
                .getResultList();
    }
}
