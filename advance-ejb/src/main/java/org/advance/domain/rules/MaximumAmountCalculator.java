package org.advance.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The maximum possible advance: the agency's share of the pay earned and not yet paid, minus the
 * advances already granted in the period; the agency's fixed ceiling (minus the same advances)
 * where no hours are known. Amounts round down to the cent so that the maximum is never above
 * what the policy allows.
 */
public final class MaximumAmountCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MaximumAmountCalculator() {}

    /**
     * @param policy the agency's policy
     * @param validatedHours hours validated since the last payday; null or zero when none are known
     * @param hourlyRate euros per hour of the worker's assignment
     * @param alreadyGranted total granted to this worker by this agency in the period (zero or more)
     */
    public static MaximumAmount compute(
            AgencyPolicy policy, BigDecimal validatedHours, BigDecimal hourlyRate, BigDecimal alreadyGranted) {
        BigDecimal granted = alreadyGranted == null ? BigDecimal.ZERO : alreadyGranted;
        if (granted.signum() < 0) {
            throw new IllegalArgumentException("granted amounts cannot be negative: " + granted);
        }
        granted = granted.setScale(2, RoundingMode.UNNECESSARY);
        boolean hoursKnown = validatedHours != null && validatedHours.signum() > 0
                && hourlyRate != null && hourlyRate.signum() > 0;
        if (!hoursKnown) {
            BigDecimal ceiling = cents(policy.ceilingWithoutHours());
            return new MaximumAmount(MaximumBasis.FIXED_CEILING, null, null, null, null,
                    ceiling, granted, remaining(ceiling, granted));
        }
        BigDecimal earned = cents(validatedHours.multiply(hourlyRate));
        BigDecimal share = cents(earned.multiply(BigDecimal.valueOf(policy.percentOfEarnedPay())).divide(HUNDRED));
        return new MaximumAmount(MaximumBasis.EARNED_PAY, validatedHours, hourlyRate, earned,
                policy.percentOfEarnedPay(), share, granted, remaining(share, granted));
    }

    private static BigDecimal remaining(BigDecimal allowance, BigDecimal granted) {
        BigDecimal left = allowance.subtract(granted);
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.DOWN);
    }
}
