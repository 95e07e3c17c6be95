package org.advance.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.advance.application.dto.DigestRun;
import org.advance.application.dto.StatusCount;
import org.advance.application.dto.UndeliveredMail;
import org.advance.application.port.DigestJobs;
import org.advance.application.port.RequestRepository;
import org.advance.application.port.UndeliveredMails;

/**
 * What the administrator does to run a deployment: requests per status over the whole database,
 * the mails not delivered yet and their retry, the daily digest started by hand and followed. Only
 * the administrator.
 */
@Stateless
public class OperationsService {

    /** The most undelivered mails one call lists. */
    public static final int MAX_MAILS = 500;

    @Inject
    private AccessGuard guard;

    @Inject
    private RequestRepository requests;

    @Inject
    private UndeliveredMails mails;

    @Inject
    private DigestJobs digest;

    /** Requests per status over the whole database: the administrator's first look at a deployment. */
    public List<StatusCount> statusCounts(Caller caller) {
        guard.admin(caller);
        return requests.statusCounts();
    }

    /** The mails not delivered yet, oldest first, with attempts and the last error. */
    public List<UndeliveredMail> undeliveredMails(Caller caller, int offset, int limit) {
        guard.admin(caller);
        return mails.oldest(Math.max(0, offset), Math.max(1, Math.min(limit, MAX_MAILS)));
    }

    public long countUndeliveredMails(Caller caller) {
        guard.admin(caller);
        return mails.count();
    }

    /**
     * Once the SMTP server is back or an address fixed: every undelivered mail (FAILED included) is
     * due now, and the sender is asked to deliver them once that has committed (hence no
     * transaction here: the retry commits on its own first). Returns how many are due.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int retryMails(Caller caller) {
        guard.admin(caller);
        int due = mails.retryNow();
        mails.deliverSoon();
        return due;
    }

    /** Sends today's digest now (to those who have not had it today); a run under way is returned instead. */
    public long startDigest(Caller caller) {
        guard.admin(caller);
        return digest.start();
    }

    /** Restarts a failed or stopped run; it sends only the digests still missing. */
    public long restartDigest(Caller caller, long execution) {
        guard.admin(caller);
        return digest.restart(execution);
    }

    /** A run of the digest, to follow it; an unknown execution is not found. */
    public DigestRun digestRun(Caller caller, long execution) {
        guard.admin(caller);
        return digest.run(execution);
    }
}
