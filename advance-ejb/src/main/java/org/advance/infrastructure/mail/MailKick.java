package org.advance.infrastructure.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.advance.domain.event.RequestDecided;

/**
 * Once a decision or a chunk of digests is committed (never before: what is rolled back has no
 * mail to send), asks the sender to deliver at once instead of waiting for the next retry round.
 */
@ApplicationScoped
public class MailKick {

    @EJB
    private MailSender sender;

    void afterDecision(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestDecided decided) {
        sender.deliverSoon();
    }

    /** A chunk of digests committed: delivery starts while the job goes on writing the next ones. */
    void afterQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        sender.deliverSoon();
    }
}
