package org.advance.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.advance.infrastructure.mail.MailSender;

/**
 * The job's last step: every digest is committed in the outbox; make sure delivery runs. (It began
 * with the first chunk: {@link org.advance.infrastructure.mail.MailQueued}.) Two rounds, the most the
 * sender runs side by side: one spends much of its time waiting for the SMTP server's replies, the
 * other builds and sends meanwhile. Each mail is still sent once: a round sends only what its claim won.
 */
@Dependent
@Named("digestDelivery")
public class DigestDelivery extends AbstractBatchlet {

    @EJB
    private MailSender sender;

    @Override
    public String process() {
        for (int i = 0; i < MailSender.maxRounds(); i++) {
            sender.deliverSoon();
        }
        return "COMPLETED";
    }
}
