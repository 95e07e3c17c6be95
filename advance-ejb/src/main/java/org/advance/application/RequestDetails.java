package org.advance.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.advance.application.dto.HistoryLine;
import org.advance.application.dto.RequestDetail;
import org.advance.application.dto.RequestRow;
import org.advance.domain.AdvanceException;
import org.advance.domain.model.AdvanceRequest;
import org.advance.domain.model.Assignment;
import org.advance.domain.model.RequestStatus;
import org.advance.domain.rules.MaximumAmount;
import org.advance.infrastructure.persistence.RequestRowQuery;

/** Turns requests into the DTOs views show, once access has been checked. */
@Dependent
public class RequestDetails {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Inject
    private Maximums maximums;

    public RequestRow row(long requestId) {
        return new RequestRowQuery().where("r.id = :id", "id", requestId).single(em)
                .orElseThrow(AdvanceException::notFound);
    }

    /** The request, its history and, while it waits and when asked for, the worker's maximum now. */
    public RequestDetail of(AdvanceRequest request, boolean withMaximum) {
        List<HistoryLine> history = em.createQuery("SELECT NEW org.advance.application.dto.HistoryLine("
                        + "e.at, u.fullName, e.fromStatus, e.toStatus, e.amount, e.comment)"
                        + " FROM RequestEvent e JOIN e.actor u WHERE e.request.id = :id ORDER BY e.at, e.id",
                        HistoryLine.class)
                .setParameter("id", request.getId())
                .getResultList();
        MaximumAmount maximum = withMaximum && request.getStatus() == RequestStatus.SENT
                ? maximumNow(request) : null;
        return new RequestDetail(row(request.getId()), request.getWorker().getEmail(), history, maximum);
    }

    /** The worker's maximum at this agency now (the request itself is not granted yet, so it does not count). */
    public MaximumAmount maximumNow(AdvanceRequest request) {
        Assignment assignment = em.createQuery("SELECT s FROM Assignment s"
                        + " WHERE s.worker.id = :worker AND s.agency.id = :agency", Assignment.class)
                .setParameter("worker", request.getWorker().getId())
                .setParameter("agency", request.getAgency().getId())
                .getSingleResult();
        return maximums.of(assignment);
    }
}
