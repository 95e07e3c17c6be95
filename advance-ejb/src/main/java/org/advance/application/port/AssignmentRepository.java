package org.advance.application.port;

import java.util.List;
import java.util.Optional;
import org.advance.application.dto.EmployerView;
import org.advance.domain.model.Assignment;

/** A worker's assignments: the agencies he works for, and their employers. */
public interface AssignmentRepository {

    /**
     * The worker's assignment at this agency; {@code forUpdate} locks its row, which serializes the
     * worker's submissions to the agency.
     */
    Optional<Assignment> of(long workerId, long agencyId, boolean forUpdate);

    /** His assignments at the agencies of this employer, by agency name. */
    List<Assignment> atEmployer(long workerId, long employerId);

    /** The ids of the agencies of this employer he works for, by agency name. */
    List<Long> agencyIdsAtEmployer(long workerId, long employerId);

    /** The employers of the agencies he works for, by name. */
    List<EmployerView> employers(long workerId);
}
