package org.advance.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.advance.domain.Times;
import org.advance.domain.model.RequestStatus;

/** One change in a request's life: who, when, from which status to which, amount and comment. */
public record HistoryLine(LocalDateTime at, String actorName, RequestStatus fromStatus, RequestStatus toStatus,
        BigDecimal amount, String comment) implements Serializable {

    public ZonedDateTime atParis() {
        return Times.inParis(at);
    }
}
