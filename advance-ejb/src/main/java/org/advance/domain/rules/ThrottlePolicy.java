package org.advance.domain.rules;

import java.time.Duration;

/**
 * How sign-ins are slowed down after wrong passwords, counted per key: one key per pair of login
 * and client address, and one per client address (many logins tried from one place).
 *
 * <p>A key gets a few free failures, then each further failure makes the next try wait twice as
 * long as the one before, up to a ceiling. A key forgets its failures after a quiet period. While
 * a key waits, a try is answered at once without the password being checked, so waiting cannot be
 * skipped by guessing. The policy never locks an account as such: an attacker who fails from his
 * own address slows down only himself, and the owner, from his own address, signs in as usual.
 */
public final class ThrottlePolicy {

    /** Free failures per login and address: typing mistakes, a forgotten caps lock. */
    public static final int FREE_PER_LOGIN_AND_ADDRESS = 5;
    /** Free failures per address over all logins: an office behind one address has many users. */
    public static final int FREE_PER_ADDRESS = 50;
    /** The longest wait between two tries. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Failures older than this, with none since, are forgotten. */
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    private ThrottlePolicy() {}

    /** The wait imposed after this many failures in a row, when the first {@code free} cost nothing. */
    public static Duration waitAfter(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = failures - free - 1;
        if (doublings >= 10) {
            return MAX_WAIT;
        }
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** Whether failures last seen {@code quiet} ago still count. */
    public static boolean stillCounts(Duration quiet) {
        return quiet.compareTo(FORGET_AFTER) < 0;
    }
}
