package org.advance.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.advance.domain.Times;
import org.advance.domain.model.RequestStatus;

/**
 * One advance request as every table shows it (worker's "mes demandes", staff's "à traiter" and
 * "historique"); each table picks its columns. Built by a JPQL constructor expression, so a page
 * loads exactly its rows and no entity. Times are UTC; {@link #createdAtParis()} and
 * {@link #decidedAtParis()} give the Paris time to show.
 */
public record RequestRow(
        long id,
        LocalDateTime createdAt,
        String workerName,
        long agencyId,
        String agencyName,
        BigDecimal askedAmount,
        boolean askedMaximum,
        String workerComment,
        RequestStatus status,
        BigDecimal grantedAmount,
        String decisionReason,
        String agencyComment,
        LocalDateTime decidedAt,
        String decidedByName) implements Serializable {

    /** Accepted below what was asked. */
    public boolean partial() {
        return status.isPartial(askedAmount, grantedAmount);
    }

    public boolean cancellable() {
        return status == RequestStatus.SENT;
    }

    public ZonedDateTime createdAtParis() {
        return Times.inParis(createdAt);
    }

    public ZonedDateTime decidedAtParis() {
        return Times.inParis(decidedAt);
    }
}
