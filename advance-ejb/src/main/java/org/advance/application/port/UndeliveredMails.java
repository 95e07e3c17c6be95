package org.advance.application.port;

import java.util.List;
import org.advance.application.dto.UndeliveredMail;

/** The mails of the outbox not delivered yet, as operators see and retry them. */
public interface UndeliveredMails {

    /** Oldest first, with attempts and the last error; at most 500. */
    List<UndeliveredMail> oldest(int offset, int limit);

    /** PENDING, SENDING or FAILED. */
    long count();

    /** Every undelivered mail not being sent (FAILED included) is due now; returns how many. */
    int retryNow();

    /** Asks the sender to deliver at once instead of at its next round. */
    void deliverSoon();
}
