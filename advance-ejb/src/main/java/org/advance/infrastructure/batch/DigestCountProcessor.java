package org.advance.infrastructure.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advance.infrastructure.persistence.Statements;
import org.advance.infrastructure.mail.DigestMail.AgencyCount;

/**
 * Counts each staff member's requests to process (status SENT) per agency of his. At the first
 * staff member of a page it counts the whole page in one grouped statement ({@link Statements#DIGEST_COUNT},
 * which bin/benchmark.sh measures; the index on advance_request (agency_id, status, ...) serves it),
 * then answers the others from memory.
 *
 * <p>A staff member with nothing to process gets no digest that day (the item is filtered out):
 * a daily "nothing to do" mail would teach people to ignore the digest. He appears nowhere in the
 * outbox, so if requests arrive and the job is run again the same day, he gets his digest then.
 */
@Dependent
@Named("digestCountProcessor")
public class DigestCountProcessor implements ItemProcessor {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Inject
    private StepContext step;

    private final Map<Long, List<AgencyCount>> counted = new HashMap<>();

    @Override
    public Object processItem(Object item) {
        StaffToNotify staff = (StaffToNotify) item;
        if (!counted.containsKey(staff.id())) {
            countPageOf(staff);
        }
        List<AgencyCount> agencies = counted.remove(staff.id());
        return agencies == null || agencies.isEmpty() ? null : new StaffDigest(staff, agencies);
    }

    private void countPageOf(StaffToNotify staff) {
        List<Long> ids = step.getTransientUserData() instanceof StaffDigestReader.CurrentPage page
                && page.staffIds().contains(staff.id()) ? page.staffIds() : List.of(staff.id());
        counted.clear();
        ids.forEach(id -> counted.put(id, new ArrayList<>()));
        // The page's staff are the permitted staff between its first and last id (the reader's keyset).
        List<?> rows = em.createNativeQuery(Statements.DIGEST_COUNT)
                .setParameter(1, ids.get(0))
                .setParameter(2, ids.get(ids.size() - 1))
                .getResultList();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            List<AgencyCount> agencies = counted.get(((Number) row[0]).longValue());
            if (agencies != null) { // null: given the permission since the page was read; counted with its own page
                agencies.add(new AgencyCount(((Number) row[1]).longValue(), (String) row[2],
                        ((Number) row[3]).longValue()));
            }
        }
    }
}
