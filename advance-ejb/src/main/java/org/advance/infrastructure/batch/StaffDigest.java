package org.advance.infrastructure.batch;

import java.io.Serializable;
import java.util.List;
import org.advance.infrastructure.mail.DigestMail.AgencyCount;

/** The processor's result: a staff member and his requests to process per agency (none empty). */
public record StaffDigest(StaffToNotify staff, List<AgencyCount> agencies) implements Serializable {

    public long total() {
        return agencies.stream().mapToLong(AgencyCount::toProcess).sum();
    }
}
