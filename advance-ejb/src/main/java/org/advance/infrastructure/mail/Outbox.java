package org.advance.infrastructure.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.advance.application.dto.UndeliveredMail;
import org.advance.domain.PublicAddress;
import org.advance.domain.Times;
import org.advance.domain.event.RequestDecided;
import org.advance.domain.model.AdvanceRequest;
import org.advance.domain.model.AppUser;

/**
 * The outbox table: queuing mails in the caller's transaction, and the short transactions of the
 * sender (claim a page of rows, mark them sent, schedule a retry), each committed on its own so that a
 * claimed row is visible to every other sender at once.
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @EJB
    private OutboxNode node;

    /**
     * Writes the decision mail in the decision's own transaction (MANDATORY: a decision committed
     * without its mail, or a mail for a decision rolled back, is impossible by construction).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queueDecisionMail(@Observes RequestDecided decided) {
        AdvanceRequest request = em.find(AdvanceRequest.class, decided.requestId());
        AppUser worker = request.getWorker();
        DecisionMail.Facts facts = new DecisionMail.Facts(request.getId(), worker.getFullName(), worker.getLocale(),
                request.getAgency().getName(), Times.inParis(request.getCreatedAt()).toLocalDate(),
                request.getAskedAmount(), request.getStatus(), request.getGrantedAmount(),
                request.getDecisionReason(), request.getAgencyComment());
        em.persist(OutboxMail.decision(request.getId(), worker.getEmail(),
                DecisionMail.build(facts, PublicAddress.baseUrl()), Times.nowUtc()));
    }

    /** Adds a mail in the caller's transaction (the digest writer's chunk). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(OutboxMail mail) {
        em.persist(mail);
    }

    /** Ids of PENDING mails whose attempt time has come, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(LocalDateTime now, int limit) {
        return em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.state = :pending AND m.nextAttemptAt <= :now"
                        + " ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes, of these due mails, those no other sender has taken yet: one conditional UPDATE
     * committed at once, so that of two senders (two threads, two nodes) exactly one gets each
     * mail. The token written with the claim tells, in the same transaction, which rows this
     * claim won, and the claim names this node process ({@link OutboxNode}), so that a claim whose
     * sender died is released within seconds. Returns them in sending order; empty when someone
     * else was faster for all.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxMail> claim(List<Long> ids, LocalDateTime now) {
        String token = UUID.randomUUID().toString();
        int claimed = em.createQuery("UPDATE OutboxMail m SET m.state = :sending, m.claimedAt = :now,"
                        + " m.claimToken = :token, m.claimedBy = :sender, m.attempts = m.attempts + 1"
                        + " WHERE m.id IN :ids AND m.state = :pending AND m.nextAttemptAt <= :now")
                .setParameter("sending", OutboxState.SENDING)
                .setParameter("pending", OutboxState.PENDING)
                .setParameter("now", now)
                .setParameter("token", token)
                .setParameter("sender", node.id())
                .setParameter("ids", ids)
                .executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.id IN :ids AND m.claimToken = :token"
                        + " ORDER BY m.nextAttemptAt, m.id", OutboxMail.class)
                .setParameter("ids", ids)
                .setParameter("token", token)
                .getResultList();
    }

    /**
     * Mails the SMTP server accepted. The sender marks each one on its own as soon as the server
     * answered 250 ({@link SentMarks}); this form marks those a hiccup of the database left unmarked.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(List<Long> ids, LocalDateTime now) {
        leaveSending(ids, "m.state = :sent, m.sentAt = :now, m.lastError = NULL",
                Map.of("sent", OutboxState.SENT, "now", now));
    }

    /** The SMTP server could not be reached: back to PENDING, next attempt later. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markRetry(long id, String error, LocalDateTime nextAttempt) {
        leaveSending(List.of(id), "m.state = :pending, m.nextAttemptAt = :next, m.lastError = :error",
                Map.of("pending", OutboxState.PENDING, "next", nextAttempt, "error", shorten(error)));
    }

    /**
     * Claimed mails the sender gave up before trying (the server went down, or the round failed):
     * back to PENDING without counting an attempt, so that they are neither lost in SENDING until
     * the stale sweep nor pushed further back by a back-off they did not earn.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(List<Long> ids, LocalDateTime nextAttempt) {
        leaveSending(ids, "m.state = :pending, m.nextAttemptAt = :next, m.attempts = m.attempts - 1",
                Map.of("pending", OutboxState.PENDING, "next", nextAttempt));
    }

    /** The SMTP server refused the mail itself (bad address): retrying would not help. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        leaveSending(List.of(id), "m.state = :failed, m.lastError = :error",
                Map.of("failed", OutboxState.FAILED, "error", shorten(error)));
    }

    /**
     * Mails claimed long ago and never marked, whose claim names no sender: rows claimed before
     * migration V10 (an upgrade during an outage). Claims that name their sender are released by
     * {@link #registerSender} and {@link #releaseGone} within seconds instead. They go back to
     * PENDING and are sent again with the same Message-ID. {@code stuckAfter} must exceed the
     * session's connect + read timeouts so that a slow live send is never taken for dead.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseStale(LocalDateTime now, Duration stuckAfter) {
        int released = release("m.claimedAt < :limit AND m.claimedBy IS NULL",
                "interrupted while sending; sent again with the same Message-ID", now)
                .setParameter("limit", now.minus(stuckAfter))
                .executeUpdate();
        if (released > 0) {
            LOG.warning(() -> released + " mail(s) were interrupted while being sent (crash or stop):"
                    + " sending them again with the same Message-ID; a recipient may get a duplicate");
        }
        return released;
    }

    /**
     * A node process starts sending: its row, written before it claims anything, and at once back
     * to PENDING whatever an earlier start of the same node still held (that process is dead: it
     * is this node again). Returns how many mails were released.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int registerSender(String id, String nodeName, LocalDateTime now) {
        em.persist(new OutboxSender(id, nodeName, now));
        em.flush();
        int released = release("m.claimedBy LIKE :mine AND m.claimedBy <> :me",
                "interrupted while sending (this node restarted); sent again with the same Message-ID", now)
                .setParameter("mine", nodeName + "/%")
                .setParameter("me", id)
                .executeUpdate();
        em.createQuery("DELETE FROM OutboxSender s WHERE s.node = :node AND s.id <> :me")
                .setParameter("node", nodeName)
                .setParameter("me", id)
                .executeUpdate();
        logReleased(released, "this node's earlier start");
        return released;
    }

    /** The sender is alive: its beat. A row removed meanwhile (taken for gone) is written again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void beat(String id, String nodeName, LocalDateTime now) {
        int beaten = em.createQuery("UPDATE OutboxSender s SET s.beatAt = :now WHERE s.id = :id")
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
        if (beaten == 0) {
            LOG.warning(() -> "Outbox sender " + id + " had been taken for gone (no beat for "
                    + OutboxNode.goneAfter().toSeconds() + " s): registered again");
            em.persist(new OutboxSender(id, nodeName, now));
        }
    }

    /**
     * Claims whose sender stopped beating {@code goneAfter} ago (or whose sender row is gone) go
     * back to PENDING, and the dead senders' rows go. A live sender beats every few seconds from
     * its own timer, whatever its SMTP server does, so only a dead process loses its claims.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseGone(LocalDateTime now, Duration goneAfter) {
        LocalDateTime limit = now.minus(goneAfter);
        int released = release("m.claimedBy IS NOT NULL"
                        + " AND m.claimedBy NOT IN (SELECT s.id FROM OutboxSender s WHERE s.beatAt >= :limit)",
                "interrupted while sending (its node stopped); sent again with the same Message-ID", now)
                .setParameter("limit", limit)
                .executeUpdate();
        em.createQuery("DELETE FROM OutboxSender s WHERE s.beatAt < :limit")
                .setParameter("limit", limit)
                .executeUpdate();
        logReleased(released, "a node gone for " + goneAfter.toSeconds() + " s");
        return released;
    }

    /**
     * The one statement that gives claimed mails back: SENDING rows matching {@code which} (a
     * condition of this class's own, never a caller's text) become PENDING, due now, unclaimed,
     * with the reason as their last error. Parameters of the condition are set by the caller.
     */
    private jakarta.persistence.Query release(String which, String reason, LocalDateTime now) {
        return em.createQuery("UPDATE OutboxMail m SET m.state = :pending, m.nextAttemptAt = :now,"
                        + " m.lastError = :error, m.claimedBy = NULL WHERE m.state = :sending AND " + which)
                .setParameter("pending", OutboxState.PENDING)
                .setParameter("sending", OutboxState.SENDING)
                .setParameter("now", now)
                .setParameter("error", reason);
    }

    /** Whether another node's sender beat within {@code goneAfter}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean senderAlive(String id, LocalDateTime now, Duration goneAfter) {
        return em.createQuery("SELECT COUNT(s) FROM OutboxSender s WHERE s.id = :id AND s.beatAt >= :limit", Long.class)
                .setParameter("id", id)
                .setParameter("limit", now.minus(goneAfter))
                .getSingleResult() > 0;
    }

    private static void logReleased(int released, String whose) {
        if (released > 0) {
            LOG.warning(() -> released + " mail(s) claimed by " + whose + " were released: sending them again"
                    + " with the same Message-ID; only the one being sent at the moment of the crash can reach"
                    + " its recipient twice");
        }
    }

    /** How many mails are not delivered yet (PENDING, SENDING or FAILED), for the periodic log line. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long countUndelivered() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.state <> :sent", Long.class)
                .setParameter("sent", OutboxState.SENT)
                .getSingleResult();
    }

    /** Operators: the mails not delivered yet, oldest first, with attempts and the last error. */
    public List<UndeliveredMail> undelivered(int offset, int limit) {
        // A projection: the bodies (up to 200 000 characters each) stay in the database.
        return em.createQuery("SELECT m.id, m.kind, m.recipient, m.subject, m.state, m.attempts, m.createdAt,"
                        + " m.nextAttemptAt, m.lastError FROM OutboxMail m WHERE m.state <> :sent"
                        + " ORDER BY m.createdAt, m.id", Object[].class)
                .setParameter("sent", OutboxState.SENT)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultStream()
                .map(r -> new UndeliveredMail((Long) r[0], r[1].toString(), (String) r[2], (String) r[3],
                        r[4].toString(), (Integer) r[5], (LocalDateTime) r[6], (LocalDateTime) r[7], (String) r[8]))
                .toList();
    }

    /**
     * Operators, once the SMTP server is back or an address fixed: every undelivered mail (FAILED
     * included) is due now. SENDING rows are left to the sender that holds them.
     */
    public int retryNow() {
        return em.createQuery("UPDATE OutboxMail m SET m.state = :pending, m.nextAttemptAt = :now"
                        + " WHERE m.state IN :waiting")
                .setParameter("pending", OutboxState.PENDING)
                .setParameter("now", Times.nowUtc())
                .setParameter("waiting", List.of(OutboxState.PENDING, OutboxState.FAILED))
                .executeUpdate();
    }

    /**
     * Moves this sender's claimed rows on from SENDING, those it still holds only: a row released
     * meanwhile (its sender taken for gone, or the stale sweep) may belong to another sender by
     * now. A row that leaves SENDING names no sender any more.
     */
    private void leaveSending(List<Long> ids, String assignments, Map<String, Object> parameters) {
        if (ids.isEmpty()) {
            return;
        }
        Query update = em.createQuery("UPDATE OutboxMail m SET m.claimedBy = NULL, " + assignments
                        + " WHERE m.id IN :ids AND m.state = :sending AND m.claimedBy = :me")
                .setParameter("ids", ids)
                .setParameter("sending", OutboxState.SENDING)
                .setParameter("me", node.id());
        parameters.forEach(update::setParameter);
        update.executeUpdate();
    }

    private static String shorten(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 497) + "...";
    }
}
