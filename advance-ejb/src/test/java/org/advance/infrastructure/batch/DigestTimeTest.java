package org.advance.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class DigestTimeTest {

    @Test
    void theDefaultIsElevenParisTime() {
        ScheduleExpression e = DigestTime.DEFAULT.expression();
        assertEquals("11", e.getHour());
        assertEquals("0", e.getMinute());
        assertEquals("0", e.getSecond());
        assertEquals("Europe/Paris", e.getTimezone());
        assertEquals("*", e.getDayOfWeek());
        assertTrue(DigestTime.DEFAULT.matches(e));
    }

    @Test
    void parsesHoursAndMinutes() {
        assertEquals(new DigestTime(7, 30), DigestTime.parse("7:30"));
        assertEquals(new DigestTime(11, 0), DigestTime.parse(" 11:00 "));
        assertFalse(new DigestTime(7, 30).matches(DigestTime.DEFAULT.expression()));
    }

    @Test
    void refusesWhatIsNotATime() {
        for (String bad : new String[] {"", "11", "11h", "24:00", "10:60", "0 11 * * *", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DigestTime.parse(bad));
            assertTrue(e.getMessage().contains("advance.digest.schedule") || e.getMessage().contains("time of day"),
                    e.getMessage());
        }
    }
}
