package org.advance.infrastructure.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The 11:00 Europe/Paris timer of the digest. Persistent, so that a server down at 11:00 fires it
 * when it comes back and a cluster fires it once; programmatic rather than {@code @Schedule} so
 * that its time comes from the server (advance.digest.schedule) instead of the build. At startup
 * it keeps exactly one timer: the existing one if it has the configured time, else a new one. Its
 * only job is to start the batch job: long work inside a timeout risks a timeout re-run.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DigestSchedule {

    private static final String INFO = "advance-digest";
    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private DigestLauncher launcher;

    @PostConstruct
    void atStartup() {
        DigestTime time = DigestTime.DEFAULT;
        String configured = System.getProperty(DigestTime.PROPERTY);
        if (configured != null) {
            try {
                time = DigestTime.parse(configured);
            } catch (IllegalArgumentException e) {
                LOG.log(Level.SEVERE, e.getMessage() + "; the digest keeps " + time, e);
            }
        }
        schedule(time);
    }

    /** Replaces the digest timer by one at this time (no-op when it already has it). */
    public void schedule(DigestTime time) {
        boolean kept = false;
        for (Timer timer : timers.getTimers()) {
            if (!INFO.equals(timer.getInfo())) {
                continue;
            }
            if (!kept && time.matches(timer.getSchedule())) {
                kept = true;
            } else {
                timer.cancel();
            }
        }
        if (!kept) {
            timers.createCalendarTimer(time.expression(), new TimerConfig(INFO, true));
        }
        LOG.info(() -> "Daily digest scheduled at " + time);
    }

    /** The digest timers' schedules (exactly one), for operators and tests. */
    public List<ScheduleExpression> schedules() {
        return timers.getTimers().stream().filter(t -> INFO.equals(t.getInfo())).map(Timer::getSchedule).toList();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire() {
        launcher.start();
    }
}
