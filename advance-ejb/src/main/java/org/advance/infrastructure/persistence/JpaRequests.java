package org.advance.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.advance.application.dto.HistoryLine;
import org.advance.application.dto.StatusCount;
import org.advance.application.port.RequestRepository;
import org.advance.domain.model.AdvanceRequest;
import org.advance.domain.model.RequestEvent;
import org.advance.domain.model.RequestStatus;

/** {@link RequestRepository} through the named queries of {@link AdvanceRequest} and {@link RequestEvent}. */
@Dependent
public class JpaRequests implements RequestRepository {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Override
    public List<Long> waitingAgencyIds(long workerId, long employerId) {
        return em.createNamedQuery(AdvanceRequest.WAITING_AGENCY_IDS, Long.class)
                .setParameter("worker", workerId)
                .setParameter("employer", employerId)
                .setParameter("sent", RequestStatus.SENT)
                .getResultList();
    }

    @Override
    public Optional<Long> idByIdempotencyKey(long workerId, String key) {
        return em.createNamedQuery(AdvanceRequest.ID_BY_IDEMPOTENCY_KEY, Long.class)
                .setParameter("worker", workerId)
                .setParameter("key", key)
                .getResultList().stream().findFirst();
    }

    @Override
    public long countWaiting(long workerId, long agencyId) {
        return em.createNamedQuery(AdvanceRequest.COUNT_WAITING, Long.class)
                .setParameter("worker", workerId)
                .setParameter("agency", agencyId)
                .setParameter("sent", RequestStatus.SENT)
                .getSingleResult();
    }

    @Override
    public BigDecimal grantedSince(long workerId, long agencyId, LocalDateTime since) {
        // Untyped: the sum's type differs between databases.
        Object sum = em.createNamedQuery(AdvanceRequest.GRANTED_SINCE)
                .setParameter("worker", workerId)
                .setParameter("agency", agencyId)
                .setParameter("accepted", RequestStatus.ACCEPTED)
                .setParameter("since", since)
                .getSingleResult();
        return sum == null ? null : new BigDecimal(sum.toString());
    }

    @Override
    public List<HistoryLine> history(long requestId) {
        return em.createNamedQuery(RequestEvent.HISTORY, HistoryLine.class)
                .setParameter("request", requestId)
                .getResultList();
    }

    @Override
    public List<StatusCount> statusCounts(List<Long> agencyIds) {
        return em.createNamedQuery(AdvanceRequest.STATUS_COUNTS_OF_AGENCIES, StatusCount.class)
                .setParameter("agencies", agencyIds)
                .getResultList();
    }

    @Override
    public List<StatusCount> statusCounts() {
        return em.createNamedQuery(AdvanceRequest.STATUS_COUNTS, StatusCount.class).getResultList();
    }
}
