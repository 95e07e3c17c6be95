package org.advance.domain.rules;

import java.math.BigDecimal;

/**
 * How an agency bounds advances: the share of earned pay it lends and the fixed ceiling it uses
 * when no hours are known.
 *
 * @param percentOfEarnedPay whole percent, 1 to 100 (80 by default)
 * @param ceilingWithoutHours euros, zero or more
 */
public record AgencyPolicy(int percentOfEarnedPay, BigDecimal ceilingWithoutHours) {

    public static final int DEFAULT_PERCENT = 80;

    public AgencyPolicy {
        if (percentOfEarnedPay < 1 || percentOfEarnedPay > 100) {
            throw new IllegalArgumentException("percent must be within 1..100: " + percentOfEarnedPay);
        }
        if (ceilingWithoutHours == null || ceilingWithoutHours.signum() < 0) {
            throw new IllegalArgumentException("ceiling must be zero or more: " + ceilingWithoutHours);
        }
    }
}
