package org.advance.interfaces.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.advance.application.Caller;
import org.advance.application.OperationsService;
import org.advance.application.SignInThrottle;
import org.advance.application.dto.StatusCount;
import org.advance.application.dto.ThrottleView;
import org.advance.application.dto.UndeliveredMail;
import org.advance.domain.AdvanceException;
import org.advance.interfaces.web.Feedback;
import org.advance.interfaces.web.Messages;

/**
 * The administrator's page: requests per status, the mails not delivered yet (with a way to try
 * them again once the SMTP server is back), the daily digest started by hand, and the sign-ins
 * slowed down after wrong passwords (with a way to lift them).
 */
@Named
@ViewScoped
public class AdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The oldest undelivered mails shown; the count says how many more wait. */
    static final int MAILS_SHOWN = 50;

    @EJB
    private OperationsService operations;

    @EJB
    private SignInThrottle throttle;

    @Inject
    private Caller caller;

    @Inject
    private Feedback feedback;

    @Inject
    private Messages messages;

    private Long digestExecution;

    public List<StatusCount> getCounts() {
        return operations.statusCounts(caller);
    }

    public List<UndeliveredMail> getUndelivered() {
        return operations.undeliveredMails(caller, 0, MAILS_SHOWN);
    }

    public long getUndeliveredCount() {
        return operations.countUndeliveredMails(caller);
    }

    public void retryMails() {
        try {
            int due = operations.retryMails(caller);
            feedback.info(messages.get("admin.mails.retried", due));
        } catch (AdvanceException e) {
            feedback.show(e, java.util.Map.of());
        }
    }

    public void startDigest() {
        try {
            digestExecution = operations.startDigest(caller);
            feedback.info(messages.get("admin.digest.started", digestExecution));
        } catch (AdvanceException e) {
            feedback.show(e, java.util.Map.of());
        }
    }

    /** Sign-ins slowed down by wrong passwords, newest first. */
    public List<ThrottleView> getThrottles() {
        return throttle.current(caller, MAILS_SHOWN);
    }

    /** Lifts the wait of a login (from every address) or of an address, for a user who called. */
    public void lift(String loginOrAddress) {
        try {
            throttle.lift(caller, loginOrAddress);
            feedback.info(messages.get("admin.throttles.lifted"));
        } catch (AdvanceException e) {
            feedback.show(e, java.util.Map.of());
        }
    }

    /** Where the run started from this page stands, or null before one was started. */
    public String getDigestStatus() {
        return digestExecution == null ? null : operations.digestRun(caller, digestExecution).status();
    }

    public Long getDigestExecution() {
        return digestExecution;
    }
}
