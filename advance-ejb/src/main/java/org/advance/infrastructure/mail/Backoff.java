package org.advance.infrastructure.mail;

import java.time.Duration;

/**
 * How long to wait before the next attempt while the SMTP server is unreachable: doubling from
 * {@code first} after each failed attempt, never more than {@code cap}, so a short outage costs a
 * minute and a long one does not hammer the server.
 */
public record Backoff(Duration first, Duration cap) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));

    /**
     * The default, with its first wait from the system property {@code advance.mail.backoffSeconds}
     * when set (tests of an SMTP outage use a few seconds).
     */
    public static Backoff configured() {
        Long first = Long.getLong("advance.mail.backoffSeconds");
        return first == null || first < 1 ? DEFAULT : new Backoff(Duration.ofSeconds(first), DEFAULT.cap());
    }

    /** The wait after the given number of failed attempts (1 = the first one failed). */
    public Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        // Doubling 1 min reaches the 1 h cap after 7 steps; stop shifting long before overflow.
        Duration wait = first.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
