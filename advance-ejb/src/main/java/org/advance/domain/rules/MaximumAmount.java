package org.advance.domain.rules;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The most a worker may ask an agency for now, with the figures it comes from so that the worker
 * (and staff) can see why.
 *
 * @param basis earned pay or fixed ceiling
 * @param validatedHours hours validated since the last payday (null on the ceiling basis)
 * @param hourlyRate euros per hour (null on the ceiling basis)
 * @param earnedPay hours × rate (null on the ceiling basis)
 * @param percent share of earned pay the agency lends (null on the ceiling basis)
 * @param allowance what the basis allows before deducting advances: share of earned pay, or the ceiling
 * @param alreadyGranted advances already granted in the current pay period
 * @param maximum allowance minus already granted, never below zero, rounded down to the cent
 */
public record MaximumAmount(
        MaximumBasis basis,
        BigDecimal validatedHours,
        BigDecimal hourlyRate,
        BigDecimal earnedPay,
        Integer percent,
        BigDecimal allowance,
        BigDecimal alreadyGranted,
        BigDecimal maximum) implements Serializable {

    public boolean allows(BigDecimal amount) {
        return amount.compareTo(maximum) <= 0;
    }

    public boolean isZero() {
        return maximum.signum() == 0;
    }
}
