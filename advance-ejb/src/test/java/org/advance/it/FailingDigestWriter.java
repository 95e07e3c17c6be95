package org.advance.it;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.advance.infrastructure.batch.DigestOutboxWriter;
import org.advance.infrastructure.batch.StaffDigest;

/**
 * The real digest writer, which dies (after writing, so its chunk is rolled back) when its chunk
 * holds the staff member named by the job parameter failAtStaff: a job killed mid-way, for the
 * restart test (job digest-failing.xml, the real job with this writer).
 */
@Dependent
@Named("failingDigestWriter")
public class FailingDigestWriter extends DigestOutboxWriter {

    @Inject
    private JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        super.writeItems(items);
        String failAt = job.getProperties().getProperty("failAtStaff");
        if (failAt != null && !failAt.isEmpty()
                && items.stream().anyMatch(i -> ((StaffDigest) i).staff().id() == Long.parseLong(failAt))) {
            throw new IllegalStateException("killed mid-way at staff " + failAt);
        }
    }
}
