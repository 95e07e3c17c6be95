package org.advance.domain.rules;

/** What the maximum amount was computed from. */
public enum MaximumBasis {
    /** A share of the pay earned since the last payday (validated hours × hourly rate). */
    EARNED_PAY,
    /** No validated hours are known: the agency's fixed ceiling applies. */
    FIXED_CEILING
}
