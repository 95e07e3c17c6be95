package org.advance.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.advance.infrastructure.mail.MailSender;

/**
 * The job's last step: the digests are committed in the outbox, ask the sender to deliver them now,
 * in {@value #ROUNDS} rounds side by side. One round spends most of its time waiting for the SMTP
 * server's replies; a second one builds and sends meanwhile. Each mail is still sent once: a round
 * only sends the mails its claim won.
 */
@Dependent
@Named("digestDelivery")
public class DigestDelivery extends AbstractBatchlet {

    static final int ROUNDS = 2;

    @EJB
    private MailSender sender;

    @Override
    public String process() {
        for (int i = 0; i < ROUNDS; i++) {
            sender.deliverSoon();
        }
        return "COMPLETED";
    }
}
