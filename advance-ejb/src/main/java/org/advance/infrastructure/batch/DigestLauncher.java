package org.advance.infrastructure.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.advance.application.dto.DigestRun;
import org.advance.application.port.DigestJobs;
import org.advance.domain.AdvanceException;
import org.advance.domain.Times;
import org.advance.infrastructure.mail.OutboxNode;

/**
 * Starts the digest job: from the daily timer, or by hand from the administration (the "send the
 * digest now" button, through the operations service, which checks the caller). Whatever starts it how often, each staff member gets at most one digest per
 * Paris day (the outbox's unique key), so starting it again only sends what is missing.
 */
@Stateless
@LocalBean
@Local(DigestJobs.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestLauncher implements DigestJobs {

    public static final String JOB = "digest";
    private static final Logger LOG = Logger.getLogger(DigestLauncher.class.getName());

    /** Job parameter: the outbox sender ({@link OutboxNode#id()}) of the process that started the run. */
    static final String STARTED_BY = "startedBy";

    @EJB
    private OutboxNode node;

    /**
     * The timer's entry: today's digest; returns the running execution when one is already under
     * way. A run whose process died (a {@code kill -9} leaves it STARTED in the job repository for
     * ever) is not under way: the run started now sends the digests it had not written.
     */
    @Override
    public long start() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<Long> running = running(jobs).stream().filter(execution -> alive(jobs, execution)).toList();
        if (!running.isEmpty()) {
            LOG.info(() -> "Digest already running (execution " + running.get(0) + "): not started again");
            return running.get(0);
        }
        Properties parameters = new Properties();
        parameters.setProperty("day", Times.todayInParis().toString());
        parameters.setProperty(STARTED_BY, node.id());
        long execution = jobs.start(JOB, parameters);
        LOG.info(() -> "Digest started for " + parameters.getProperty("day") + " (execution " + execution + ")");
        return execution;
    }

    /** Restarts a failed or stopped run; it sends only the digests still missing. */
    @Override
    public long restart(long execution) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        // The same day as the run being restarted, even after midnight.
        Properties parameters = jobs.getParameters(execution);
        parameters.setProperty(STARTED_BY, node.id()); // the restarted run is this process's
        return jobs.restart(execution, parameters);
    }

    /**
     * A run of the digest, to follow it (the admin page, the HTTP API, scripts).
     * An unknown execution, or one of another job, is answered as not found.
     */
    @Override
    public DigestRun run(long execution) {
        JobExecution run;
        try {
            run = BatchRuntime.getJobOperator().getJobExecution(execution);
        } catch (NoSuchJobExecutionException | JobSecurityException unknown) {
            throw AdvanceException.notFound("execution");
        }
        if (run == null || !JOB.equals(run.getJobName())) {
            throw AdvanceException.notFound("execution");
        }
        return new DigestRun(execution, run.getBatchStatus().name(),
                run.getJobParameters() == null ? null : run.getJobParameters().getProperty("day"),
                utc(run.getStartTime()), utc(run.getEndTime()));
    }

    /** Runtimes may hand java.sql subclasses of Date, whose toInstant() is not always supported. */
    private static LocalDateTime utc(Date time) {
        return time == null ? null : LocalDateTime.ofInstant(Instant.ofEpochMilli(time.getTime()), ZoneOffset.UTC);
    }

    /** A run started before this parameter existed counts as alive, as every run did before. */
    private boolean alive(JobOperator jobs, long execution) {
        Properties parameters = jobs.getParameters(execution);
        String startedBy = parameters == null ? null : parameters.getProperty(STARTED_BY);
        if (startedBy == null || node.alive(startedBy)) {
            return true;
        }
        LOG.warning(() -> "Digest execution " + execution + " is still STARTED but its process (" + startedBy
                + ") is gone: not waited for");
        return false;
    }

    private static List<Long> running(JobOperator jobs) {
        try {
            return jobs.getRunningExecutions(JOB);
        } catch (NoSuchJobException never) {
            return List.of();
        }
    }
}
