package org.advance.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.advance.domain.model.Role;

/**
 * Reads the staff with the advances permission in id order, one page (= one chunk) at a time by
 * keyset (id greater than the last one read), so that 20 000 staff never sit in memory and a
 * restart resumes after the last committed chunk. The page being read is published in the step's
 * transient data so that the processor counts the whole chunk in one query.
 */
@Dependent
@Named("staffDigestReader")
public class StaffDigestReader extends AbstractItemReader {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Inject
    private StepContext step;

    @Inject
    @BatchProperty
    private String pageSize;

    private long lastId;
    private final Deque<StaffToNotify> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            List<StaffToNotify> next = em.createQuery("SELECT NEW org.advance.infrastructure.batch.StaffToNotify("
                            + "u.id, u.email, u.fullName, u.locale) FROM AppUser u WHERE u.advancesPermission = TRUE"
                            + " AND u.role = :staff AND u.id > :last ORDER BY u.id", StaffToNotify.class)
                    .setParameter("staff", Role.STAFF)
                    .setParameter("last", lastId)
                    .setMaxResults(pageSize == null ? 50 : Integer.parseInt(pageSize))
                    .getResultList();
            if (next.isEmpty()) {
                return null;
            }
            page.addAll(next);
            step.setTransientUserData(new CurrentPage(next.stream().map(StaffToNotify::id).toList()));
        }
        StaffToNotify staff = page.removeFirst();
        lastId = staff.id();
        return staff;
    }

    /** The last staff id read: at a chunk's end, the last one of the committed chunk. */
    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    /** The ids of the page the reader is in, for the processor's one query per chunk. */
    public record CurrentPage(List<Long> staffIds) {}
}
