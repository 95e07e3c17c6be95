package org.advance.application.dto;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A mail not delivered yet, as operators see it: PENDING (waiting for its next attempt), SENDING
 * (being sent now, or interrupted by a crash) or FAILED (refused by the SMTP server; needs a look).
 * Times are UTC.
 */
public record UndeliveredMail(
        long id,
        String kind,
        String recipient,
        String subject,
        String state,
        int attempts,
        LocalDateTime createdAt,
        LocalDateTime nextAttemptAt,
        String lastError) implements Serializable {}
