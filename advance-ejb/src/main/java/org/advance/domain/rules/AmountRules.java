package org.advance.domain.rules;

import java.math.BigDecimal;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;

/** What an amount in euros must be before anything is stored. */
public final class AmountRules {

    /** No advance is that large; anything above is a typing error or a forged request. */
    public static final BigDecimal UPPER_BOUND = new BigDecimal("100000.00");

    private AmountRules() {}

    /**
     * Checks a typed amount: strictly positive, at most two decimals, below the sanity bound.
     *
     * @return the amount with scale 2
     */
    public static BigDecimal requireValid(BigDecimal amount, String field) {
        if (amount == null) {
            throw new AdvanceException(ErrorCode.AMOUNT_REQUIRED, field);
        }
        BigDecimal normalized = amount.stripTrailingZeros();
        if (normalized.signum() <= 0) {
            throw new AdvanceException(ErrorCode.AMOUNT_NOT_POSITIVE, field);
        }
        if (normalized.scale() > 2) {
            throw new AdvanceException(ErrorCode.AMOUNT_TOO_PRECISE, field);
        }
        if (normalized.compareTo(UPPER_BOUND) > 0) {
            throw new AdvanceException(ErrorCode.AMOUNT_TOO_LARGE, field, UPPER_BOUND);
        }
        return normalized.setScale(2);
    }

    /** Checks that an amount is within the worker's maximum. */
    public static void requireWithinMaximum(BigDecimal amount, MaximumAmount maximum, String field) {
        if (!maximum.allows(amount)) {
            throw new AdvanceException(ErrorCode.AMOUNT_ABOVE_MAXIMUM, field, maximum.maximum());
        }
    }
}
