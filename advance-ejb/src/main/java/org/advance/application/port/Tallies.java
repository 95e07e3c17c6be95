package org.advance.application.port;

import java.util.List;
import org.advance.domain.model.RequestStatus;

/**
 * The counts of answered requests per agency and status, kept in step in the transaction that
 * answers or cancels a request, so that a history's total is read instead of counted.
 */
public interface Tallies {

    /** A request of the agency left SENT for this status; in the caller's transaction. */
    void answered(long agencyId, RequestStatus status);

    /** The number of answered requests of these agencies, all statuses together. */
    long answeredCount(List<Long> agencyIds);
}
