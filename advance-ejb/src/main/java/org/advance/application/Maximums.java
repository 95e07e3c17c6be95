package org.advance.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import org.advance.domain.Times;
import org.advance.domain.model.Assignment;
import org.advance.domain.model.RequestStatus;
import org.advance.domain.rules.MaximumAmount;
import org.advance.domain.rules.MaximumAmountCalculator;

/** Feeds the maximum-amount rule with what the database knows of an assignment. */
@Dependent
public class Maximums {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    public MaximumAmount of(Assignment assignment) {
        Object sum = em.createQuery("SELECT SUM(r.grantedAmount) FROM AdvanceRequest r"
                        + " WHERE r.worker.id = :worker AND r.agency.id = :agency AND r.status = :accepted"
                        + " AND r.decidedAt >= :since")
                .setParameter("worker", assignment.getWorker().getId())
                .setParameter("agency", assignment.getAgency().getId())
                .setParameter("accepted", RequestStatus.ACCEPTED)
                .setParameter("since", Times.startOfParisDayUtc(assignment.getPeriodStart()))
                .getSingleResult();
        BigDecimal granted = sum == null ? BigDecimal.ZERO : new BigDecimal(sum.toString());
        return MaximumAmountCalculator.compute(assignment.getAgency().policy(), assignment.getValidatedHours(),
                assignment.getHourlyRate(), granted);
    }
}
