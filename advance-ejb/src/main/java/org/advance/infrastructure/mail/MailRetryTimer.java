package org.advance.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Logger;
import org.advance.domain.Times;

/**
 * The sender's safety net: every minute (system property advance.mail.retrySeconds), releases
 * mails claimed before migration V10 whose sender died mid-way (claims that name their sender are
 * released by {@link OutboxNode} within seconds), delivers what is due (retries after an SMTP outage, mails
 * whose immediate attempt was lost) and logs how many mails are still undelivered. Non-persistent
 * on purpose: every node runs its own, the claim in {@link Outbox#claim} keeps them from sending
 * a mail twice, and a missed round is simply the next one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class MailRetryTimer {

    /** Longer than any live send (the session's connect + read timeouts are 5 s + 10 s). */
    static final Duration STUCK_AFTER = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(MailRetryTimer.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private MailSender sender;

    @EJB
    private Outbox outbox;

    @PostConstruct
    void start() {
        long every = Math.max(5, Long.getLong("advance.mail.retrySeconds", 60));
        timers.createIntervalTimer(Duration.ofSeconds(15).toMillis(), Duration.ofSeconds(every).toMillis(),
                new TimerConfig("mail-retry", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void round() {
        outbox.releaseStale(Times.nowUtc(), STUCK_AFTER);
        sender.deliverDue();
        long undelivered = outbox.countUndelivered();
        if (undelivered > 0) {
            LOG.warning(() -> undelivered + " mail(s) not delivered yet (see the undelivered mails of the outbox)");
        }
    }
}
