package org.advance.application.dto;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.advance.domain.Times;

/**
 * A sign-in slowed down, as the administrator sees it: the login tried (null when the key is the
 * address alone), the client address, the failures counted, and until when a try waits (UTC; null
 * when the key has failures but no wait yet).
 */
public record ThrottleView(String login, String address, int failures, LocalDateTime lastFailureAt,
        LocalDateTime blockedUntil) implements Serializable {

    /** For pages: the end of the wait in Paris time, or null. */
    public ZonedDateTime blockedUntilInParis() {
        return blockedUntil == null ? null : Times.inParis(blockedUntil);
    }
}
