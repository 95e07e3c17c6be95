package org.advance.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.advance.application.port.RequestRepository;
import org.advance.domain.Times;
import org.advance.domain.model.Assignment;
import org.advance.domain.rules.MaximumAmount;
import org.advance.domain.rules.MaximumAmountCalculator;

/** Feeds the maximum-amount rule with what the database knows of an assignment. */
@Dependent
public class Maximums {

    @Inject
    private RequestRepository requests;

    public MaximumAmount of(Assignment assignment) {
        BigDecimal sum = requests.grantedSince(assignment.getWorker().getId(), assignment.getAgency().getId(),
                Times.startOfParisDayUtc(assignment.getPeriodStart()));
        BigDecimal granted = sum == null ? BigDecimal.ZERO : sum;
        return MaximumAmountCalculator.compute(assignment.getAgency().policy(), assignment.getValidatedHours(),
                assignment.getHourlyRate(), granted);
    }
}
