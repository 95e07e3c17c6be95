package org.advance.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromOneMinuteUpToOneHour() {
        Backoff b = Backoff.DEFAULT;
        assertEquals(Duration.ofMinutes(1), b.after(1));
        assertEquals(Duration.ofMinutes(2), b.after(2));
        assertEquals(Duration.ofMinutes(32), b.after(6));
        assertEquals(Duration.ofHours(1), b.after(7));
        assertEquals(Duration.ofHours(1), b.after(500));
        assertEquals(Duration.ZERO, b.after(0));
    }
}
