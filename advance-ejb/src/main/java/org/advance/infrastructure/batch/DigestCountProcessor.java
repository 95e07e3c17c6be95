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
import org.advance.domain.model.RequestStatus;
import org.advance.infrastructure.mail.DigestMail.AgencyCount;

/**
 * Counts each staff member's requests to process (status SENT) per agency of his. At the first
 * staff member of a page it counts the whole page in one grouped query (the index on
 * advance_request (agency_id, status, ...) serves it), then answers the others from memory.
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
        em.createQuery("SELECT u.id, a.id, a.name, COUNT(r) FROM AppUser u JOIN u.agencies a, AdvanceRequest r"
                        + " WHERE u.id IN :ids AND r.agency = a AND r.status = :sent"
                        + " GROUP BY u.id, a.id, a.name ORDER BY u.id, a.name, a.id", Object[].class)
                .setParameter("ids", ids)
                .setParameter("sent", RequestStatus.SENT)
                .getResultStream()
                .forEach(row -> counted.get((Long) row[0])
                        .add(new AgencyCount((Long) row[1], (String) row[2], ((Number) row[3]).longValue())));
    }
}
