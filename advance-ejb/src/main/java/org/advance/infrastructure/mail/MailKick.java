package org.advance.infrastructure.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.advance.application.RequestDecided;

/**
 * Once a decision is committed (never before: a rolled-back decision has no mail to send), asks
 * the sender to deliver at once instead of waiting for the next retry round.
 */
@ApplicationScoped
public class MailKick {

    @EJB
    private MailSender sender;

    void afterDecision(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestDecided decided) {
        sender.deliverSoon();
    }
}
