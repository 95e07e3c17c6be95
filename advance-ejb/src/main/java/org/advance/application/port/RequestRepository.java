package org.advance.application.port;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.advance.application.dto.HistoryLine;
import org.advance.application.dto.StatusCount;

/** The queries over advance requests that are not table rows. */
public interface RequestRepository {

    /** The agencies of this employer where the worker has a request waiting. */
    List<Long> waitingAgencyIds(long workerId, long employerId);

    /** The request the worker already sent with this idempotency key. */
    Optional<Long> idByIdempotencyKey(long workerId, String key);

    /** How many requests of the worker wait at this agency (at most one: the database's unique key). */
    long countWaiting(long workerId, long agencyId);

    /** What was granted to the worker at this agency since the time, null when nothing. */
    BigDecimal grantedSince(long workerId, long agencyId, LocalDateTime since);

    /** The request's history, oldest first. */
    List<HistoryLine> history(long requestId);

    /** Requests per status of these agencies (not empty). */
    List<StatusCount> statusCounts(List<Long> agencyIds);

    /** Requests per status over the whole database. */
    List<StatusCount> statusCounts();
}
