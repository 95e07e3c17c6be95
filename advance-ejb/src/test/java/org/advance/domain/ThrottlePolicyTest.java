package org.advance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.advance.domain.model.LoginThrottle;
import org.advance.domain.rules.ThrottlePolicy;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 2, 10, 0);

    @Test
    void fiveMistakesAreFreeThenEachTryWaitsTwiceAsLongUpToFifteenMinutes() {
        int free = ThrottlePolicy.FREE_PER_LOGIN_AND_ADDRESS;
        assertEquals(Duration.ZERO, ThrottlePolicy.waitAfter(free, free));
        assertEquals(Duration.ofSeconds(1), ThrottlePolicy.waitAfter(free + 1, free));
        assertEquals(Duration.ofSeconds(2), ThrottlePolicy.waitAfter(free + 2, free));
        assertEquals(Duration.ofSeconds(512), ThrottlePolicy.waitAfter(free + 10, free));
        assertEquals(ThrottlePolicy.MAX_WAIT, ThrottlePolicy.waitAfter(free + 11, free));
        assertEquals(ThrottlePolicy.MAX_WAIT, ThrottlePolicy.waitAfter(Integer.MAX_VALUE, free));
    }

    @Test
    void aPairWaitsAfterItsSixthFailureAndForgetsAfterAQuietHour() {
        LoginThrottle pair = new LoginThrottle("marie.durand", "203.0.113.7");
        for (int i = 0; i < 5; i++) {
            assertFalse(pair.fail(T0.plusSeconds(i), 5));
        }
        assertEquals(Duration.ZERO, pair.waitAt(T0.plusSeconds(5)));
        assertTrue(pair.fail(T0.plusSeconds(5), 5));
        assertEquals(Duration.ofSeconds(1), pair.waitAt(T0.plusSeconds(5)));
        assertEquals(Duration.ZERO, pair.waitAt(T0.plusSeconds(6)));
        assertTrue(pair.fail(T0.plusSeconds(6), 5));
        assertEquals(Duration.ofSeconds(2), pair.waitAt(T0.plusSeconds(6)));
        // An hour without failures: the next mistake is one of five free ones again.
        assertFalse(pair.fail(T0.plusHours(2), 5));
        assertEquals(1, pair.getFailures());
    }

    @Test
    void anAddressAloneHasFiftyFreeFailures() {
        LoginThrottle address = new LoginThrottle(null, "203.0.113.7");
        for (int i = 0; i < 50; i++) {
            assertFalse(address.fail(T0.plusSeconds(i), ThrottlePolicy.FREE_PER_ADDRESS));
        }
        assertTrue(address.fail(T0.plusSeconds(50), ThrottlePolicy.FREE_PER_ADDRESS));
    }

    @Test
    void keysOfTwoPairsNeverMeet() {
        assertNotEquals(LoginThrottle.key("3:x", "1::2"), LoginThrottle.key("x", "1::2:3"));
        assertNotEquals(LoginThrottle.key(null, "1::2"), LoginThrottle.key("", "1::2"));
    }
}
