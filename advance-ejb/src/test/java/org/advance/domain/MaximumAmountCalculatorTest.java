package org.advance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.advance.domain.rules.AgencyPolicy;
import org.advance.domain.rules.MaximumAmount;
import org.advance.domain.rules.MaximumAmountCalculator;
import org.advance.domain.rules.MaximumBasis;
import org.junit.jupiter.api.Test;

class MaximumAmountCalculatorTest {

    private static final AgencyPolicy DEFAULT = new AgencyPolicy(80, new BigDecimal("300.00"));

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void eightyPercentOfEarnedPayWithItsBreakdown() {
        MaximumAmount max = MaximumAmountCalculator.compute(DEFAULT, eur("100"), eur("12.50"), BigDecimal.ZERO);
        assertEquals(MaximumBasis.EARNED_PAY, max.basis());
        assertEquals(eur("1250.00"), max.earnedPay());
        assertEquals(80, max.percent());
        assertEquals(eur("1000.00"), max.allowance());
        assertEquals(eur("0.00"), max.alreadyGranted());
        assertEquals(eur("1000.00"), max.maximum());
    }

    @Test
    void advancesAlreadyGrantedInThePeriodAreDeducted() {
        MaximumAmount max = MaximumAmountCalculator.compute(DEFAULT, eur("100"), eur("12.50"), eur("400"));
        assertEquals(eur("600.00"), max.maximum());
    }

    @Test
    void theMaximumNeverGoesBelowZero() {
        MaximumAmount max = MaximumAmountCalculator.compute(DEFAULT, eur("10"), eur("10"), eur("500"));
        assertEquals(eur("0.00"), max.maximum());
        assertEquals(true, max.isZero());
    }

    @Test
    void centsAreRoundedDownSoThePolicyIsNeverExceeded() {
        // 7.33 h × 11.65 €/h = 85.3945 € earned -> 85.39; 80 % = 68.312 -> 68.31
        MaximumAmount max = MaximumAmountCalculator.compute(DEFAULT, eur("7.33"), eur("11.65"), BigDecimal.ZERO);
        assertEquals(eur("85.39"), max.earnedPay());
        assertEquals(eur("68.31"), max.maximum());
    }

    @Test
    void theAgencyPercentageApplies() {
        MaximumAmount max = MaximumAmountCalculator.compute(new AgencyPolicy(50, eur("0")), eur("20"), eur("10"), null);
        assertEquals(eur("100.00"), max.maximum());
    }

    @Test
    void withoutKnownHoursTheFixedCeilingApplies() {
        for (BigDecimal hours : new BigDecimal[] {null, BigDecimal.ZERO}) {
            MaximumAmount max = MaximumAmountCalculator.compute(DEFAULT, hours, eur("12"), eur("100"));
            assertEquals(MaximumBasis.FIXED_CEILING, max.basis());
            assertNull(max.earnedPay());
            assertEquals(eur("300.00"), max.allowance());
            assertEquals(eur("200.00"), max.maximum());
        }
    }

    @Test
    void amountsAreComparedToTheMaximumInclusively() {
        MaximumAmount max = MaximumAmountCalculator.compute(DEFAULT, eur("100"), eur("12.50"), BigDecimal.ZERO);
        assertEquals(true, max.allows(eur("1000")));
        assertEquals(false, max.allows(eur("1000.01")));
    }

    @Test
    void negativeGrantsAndInvalidPoliciesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> MaximumAmountCalculator.compute(DEFAULT, eur("1"), eur("1"), eur("-1")));
        assertThrows(IllegalArgumentException.class, () -> new AgencyPolicy(0, eur("1")));
        assertThrows(IllegalArgumentException.class, () -> new AgencyPolicy(101, eur("1")));
        assertThrows(IllegalArgumentException.class, () -> new AgencyPolicy(80, eur("-1")));
    }
}
