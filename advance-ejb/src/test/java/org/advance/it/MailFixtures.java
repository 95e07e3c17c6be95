package org.advance.it;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advance.application.Caller;
import org.advance.domain.model.AppUser;
import org.advance.domain.model.Role;
import org.advance.domain.Times;
import org.advance.infrastructure.mail.MailContent;
import org.advance.infrastructure.mail.OutboxMail;
import org.advance.infrastructure.mail.OutboxState;

/** What the mail and digest tests set up and read back in the outbox, in their own transactions. */
@Stateless
public class MailFixtures {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @EJB
    private Fixtures fixtures;

    /** A fresh administrator, for the operators' methods. */
    public Caller admin() {
        String login = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser admin = new AppUser(login, fixtures.passwordHash(), "Admin " + login, login + "@advance.test",
                "fr", Role.ADMIN);
        em.persist(admin);
        em.flush();
        return new Caller(admin.getId(), login, Role.ADMIN, "fr");
    }

    public void speaks(long userId, String language) {
        em.find(AppUser.class, userId).setLocale(language);
    }

    public String email(long userId) {
        return em.find(AppUser.class, userId).getEmail();
    }

    /** Deletes every mail not delivered yet, whoever queued it: a test then sees only its own mails due. */
    public int forgetBacklog() {
        return em.createQuery("DELETE FROM OutboxMail m WHERE m.state <> :sent")
                .setParameter("sent", OutboxState.SENT).executeUpdate();
    }

    /** The decision mail of a request, as the outbox holds it now (null when there is none). */
    public OutboxMail decisionMail(long requestId) {
        List<OutboxMail> rows = em.createQuery("SELECT m FROM OutboxMail m WHERE m.requestId = :r", OutboxMail.class)
                .setParameter("r", requestId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    public long digestCount(long staffId, LocalDate day) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.staffId = :s AND m.digestDay = :d", Long.class)
                .setParameter("s", staffId).setParameter("d", day).getSingleResult();
    }

    /**
     * Queues {@code count} digests for one staff member, one per past day (the outbox allows one a
     * day), all due now; returns their ids.
     */
    public List<Long> queueDigests(long staffId, int count) {
        String email = email(staffId);
        LocalDate today = Times.todayInParis();
        List<OutboxMail> queued = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate day = today.minusDays(i);
            OutboxMail mail = OutboxMail.digest(staffId, day, email,
                    new MailContent("Digest " + day, "Day " + day, "<p>Day " + day + "</p>"), Times.nowUtc());
            em.persist(mail);
            queued.add(mail);
        }
        em.flush();
        return queued.stream().map(OutboxMail::getId).toList();
    }

    /** How many of these mails are in each state. */
    public Map<OutboxState, Long> states(List<Long> ids) {
        return em.createQuery("SELECT m.state, COUNT(m) FROM OutboxMail m WHERE m.id IN :ids GROUP BY m.state",
                        Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (OutboxState) r[0], r -> (Long) r[1]));
    }

    /** Leaves a mail as a sender that died between claiming and marking it would have left it. */
    public void interruptedWhileSending(long mailId, LocalDateTime claimedAt) {
        em.createQuery("UPDATE OutboxMail m SET m.state = :sending, m.claimedAt = :at, m.attempts = 1 WHERE m.id = :id")
                .setParameter("sending", OutboxState.SENDING).setParameter("at", claimedAt).setParameter("id", mailId)
                .executeUpdate();
    }

    /** As a mail that has failed {@code attempts} times while its SMTP server was down, due again now. */
    public void failedFor(long mailId, int attempts) {
        em.createQuery("UPDATE OutboxMail m SET m.state = :pending, m.attempts = :attempts, m.nextAttemptAt = :now,"
                        + " m.claimedBy = NULL WHERE m.id = :id")
                .setParameter("pending", OutboxState.PENDING).setParameter("attempts", attempts)
                .setParameter("now", Times.nowUtc()).setParameter("id", mailId)
                .executeUpdate();
    }

    /** A sender row as another node process would have written it, last beaten at {@code beatAt}. */
    public void sender(String id, String node, LocalDateTime beatAt) {
        em.createNativeQuery("DELETE FROM outbox_sender WHERE id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("INSERT INTO outbox_sender (id, node, started_at, beat_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, node)
                .setParameter(3, Timestamp.valueOf(beatAt)).setParameter(4, Timestamp.valueOf(beatAt))
                .executeUpdate();
    }

    public boolean senderExists(String id) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_sender WHERE id = ?").setParameter(1, id)
                .getSingleResult()).longValue() > 0;
    }

    /** Leaves a mail SENDING under a claim of that sender, as its process would have left it. */
    public void claimedBy(long mailId, String sender) {
        em.createQuery("UPDATE OutboxMail m SET m.state = :sending, m.claimedAt = :now, m.claimedBy = :sender,"
                        + " m.attempts = 1 WHERE m.id = :id")
                .setParameter("sending", OutboxState.SENDING).setParameter("now", Times.nowUtc())
                .setParameter("sender", sender).setParameter("id", mailId)
                .executeUpdate();
    }

    /** A digest of a past day for a staff member, not due before tomorrow: no round of this server takes it. */
    public long queueNotDue(long staffId, int daysAgo) {
        LocalDate day = Times.todayInParis().minusDays(daysAgo);
        OutboxMail mail = OutboxMail.digest(staffId, day, email(staffId),
                new MailContent("Digest " + day, "Day " + day, "<p>Day " + day + "</p>"), Times.nowUtc().plusDays(1));
        em.persist(mail);
        em.flush();
        return mail.getId();
    }

    public OutboxMail mail(long mailId) {
        return em.find(OutboxMail.class, mailId);
    }
}
