package org.advance.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.advance.infrastructure.mail.MailSender;

/** The job's last step: the digests are committed in the outbox, ask the sender to deliver them now. */
@Dependent
@Named("digestDelivery")
public class DigestDelivery extends AbstractBatchlet {

    @EJB
    private MailSender sender;

    @Override
    public String process() {
        sender.deliverSoon();
        return "COMPLETED";
    }
}
