package org.advance.infrastructure.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.advance.domain.PublicAddress;
import org.advance.domain.Times;
import org.advance.infrastructure.mail.DigestMail;
import org.advance.infrastructure.mail.MailQueued;
import org.advance.infrastructure.mail.Outbox;
import org.advance.infrastructure.mail.OutboxMail;

/**
 * Hands the chunk's digests to the outbox, in the chunk's transaction: committed with the
 * checkpoint, so a failed chunk leaves nothing behind and is redone on restart. A staff member who
 * already has this day's digest (a second run, a restart that re-reads a chunk) is skipped here,
 * and the unique key (staff, day) of the outbox refuses any duplicate that would slip through
 * two runs at the very same moment (that chunk then fails, and a restart finishes the job).
 * Once the chunk commits, its mails start going out ({@link MailQueued}) while the next chunks are
 * written.
 */
@Dependent
@Named("digestOutboxWriter")
public class DigestOutboxWriter extends AbstractItemWriter {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Inject
    private JobContext job;

    @EJB
    private Outbox outbox;

    @Inject
    private Event<MailQueued> queued;

    @Override
    public void writeItems(List<Object> items) {
        if (items.isEmpty()) {
            return; // every staff member of the chunk had nothing to process
        }
        LocalDate day = LocalDate.parse(job.getProperties().getProperty("day"));
        List<Long> ids = items.stream().map(i -> ((StaffDigest) i).staff().id()).toList();
        Set<Long> done = new HashSet<>(em.createQuery("SELECT m.staffId FROM OutboxMail m"
                        + " WHERE m.digestDay = :day AND m.staffId IN :ids", Long.class)
                .setParameter("day", day)
                .setParameter("ids", ids)
                .getResultList());
        String baseUrl = PublicAddress.baseUrl();
        int count = 0;
        for (Object item : items) {
            StaffDigest digest = (StaffDigest) item;
            StaffToNotify staff = digest.staff();
            if (done.add(staff.id())) {
                outbox.queue(OutboxMail.digest(staff.id(), day, staff.email(),
                        DigestMail.build(staff.fullName(), staff.language(), day, digest.agencies(), baseUrl),
                        Times.nowUtc()));
                count++;
            }
        }
        if (count > 0) {
            queued.fire(new MailQueued(count));
        }
    }
}
