package org.advance.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.advance.application.dto.RequestDetail;
import org.advance.application.dto.RequestRow;
import org.advance.application.port.AssignmentRepository;
import org.advance.application.port.RequestRepository;
import org.advance.application.port.RequestRows;
import org.advance.domain.AdvanceException;
import org.advance.domain.model.AdvanceRequest;
import org.advance.domain.model.Assignment;
import org.advance.domain.model.RequestStatus;
import org.advance.domain.rules.MaximumAmount;

/** Turns requests into the DTOs views show ({@link RequestRow}, {@link RequestDetail}), once access has been checked. */
@Dependent
public class RequestViews {

    @Inject
    private RequestRows rows;

    @Inject
    private RequestRepository requests;

    @Inject
    private AssignmentRepository assignments;

    @Inject
    private Maximums maximums;

    public RequestRow row(long requestId) {
        return rows.row(requestId).orElseThrow(AdvanceException::notFound);
    }

    /** The request, its history and, while it waits and when asked for, the worker's maximum now. */
    public RequestDetail detail(AdvanceRequest request, boolean withMaximum) {
        MaximumAmount maximum = withMaximum && request.getStatus() == RequestStatus.SENT
                ? maximumNow(request) : null;
        return new RequestDetail(row(request.getId()), request.getWorker().getEmail(),
                requests.history(request.getId()), maximum);
    }

    /** The worker's maximum at this agency now (the request itself is not granted yet, so it does not count). */
    public MaximumAmount maximumNow(AdvanceRequest request) {
        Assignment assignment = assignments.of(request.getWorker().getId(), request.getAgency().getId(), false)
                .orElseThrow();
        return maximums.of(assignment);
    }
}
