package org.advance.application.port;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Which requests a table shows: a worker's at one employer, or those of some agencies, waiting or
 * answered, created within a range of UTC times (either end open). An empty list of agencies
 * selects nothing.
 */
public record RequestSelection(Long workerId, Long employerId, List<Long> agencyIds, boolean waiting,
        LocalDateTime createdFrom, LocalDateTime createdBefore) {

    /** "Voir mes demandes": every request of the worker at the employer, whatever its status. */
    public static RequestSelection ofWorker(long workerId, long employerId) {
        return new RequestSelection(workerId, employerId, null, false, null, null);
    }

    /** The staff tables: waiting requests ("à traiter") or the others ("historique") of these agencies. */
    public static RequestSelection ofAgencies(List<Long> agencyIds, boolean waiting, LocalDateTime createdFrom,
            LocalDateTime createdBefore) {
        return new RequestSelection(null, null, List.copyOf(agencyIds), waiting, createdFrom, createdBefore);
    }

    /** Whether the selection is by agencies (and the waiting flag applies) rather than by worker. */
    public boolean byAgencies() {
        return agencyIds != null;
    }
}
