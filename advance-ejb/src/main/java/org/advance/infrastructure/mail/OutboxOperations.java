package org.advance.infrastructure.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.advance.application.dto.UndeliveredMail;
import org.advance.application.port.UndeliveredMails;

/** {@link UndeliveredMails}: the outbox and its sender as operators see them. */
@Stateless
public class OutboxOperations implements UndeliveredMails {

    @EJB
    private Outbox outbox;

    @EJB
    private MailSender sender;

    @Override
    public List<UndeliveredMail> oldest(int offset, int limit) {
        return outbox.undelivered(offset, limit);
    }

    @Override
    public long count() {
        return outbox.countUndelivered();
    }

    @Override
    public int retryNow() {
        return outbox.retryNow();
    }

    @Override
    public void deliverSoon() {
        sender.deliverSoon();
    }
}
