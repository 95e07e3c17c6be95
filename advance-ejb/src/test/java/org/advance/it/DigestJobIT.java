package org.advance.it;

import static org.advance.it.Mailbox.part;
import static org.advance.it.Mailbox.spaces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.advance.application.Caller;
import org.advance.application.OperationsService;
import org.advance.application.WorkerService;
import org.advance.application.dto.SubmitCommand;
import org.advance.domain.Times;
import org.advance.infrastructure.batch.DigestSchedule;
import org.advance.infrastructure.batch.DigestTime;
import org.advance.infrastructure.mail.MailSender;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The daily digest: the timer at 11:00 Paris time, the batch job run on demand with exact counts
 * per staff member and agency, at most one digest per staff member and day however often the job
 * runs, and a job killed mid-way that a restart completes without duplicates. The database holds
 * other tests' staff too: assertions are on this scenario's staff only.
 */
@InContainer
class DigestJobIT {

    private static final Set<BatchStatus> ENDED =
            Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("digest-job-it");
    }

    @EJB
    private WorkerService workers;

    @EJB
    private OperationsService operations;

    @EJB
    private DigestSchedule schedule;

    @EJB
    private MailSender sender;

    @EJB
    private Fixtures fixtures;

    @EJB
    private MailFixtures mails;

    @RegisterExtension
    final Mailbox mailbox = new Mailbox();

    private Scenario s;
    private Caller admin;
    private final LocalDate today = Times.todayInParis();
    private long othersRequestInA;

    /**
     * Waiting in A: the worker's and the other worker's requests (2); in B: the worker's second
     * request (1), his first one in B cancelled (not to process). Nothing in the foreign agency X.
     */
    @BeforeEach
    void newWorld() throws Exception {
        s = fixtures.scenario();
        admin = mails.admin();
        ask(s.worker(), s.agencyA(), "100");
        othersRequestInA = ask(s.otherWorker(), s.agencyA(), "40");
        workers.cancel(s.worker(), ask(s.worker(), s.agencyB(), "60"));
        ask(s.worker(), s.agencyB(), "70");
        mails.speaks(s.staffAB().userId(), "en");
    }

    private long ask(Caller who, long agency, String amount) {
        return workers.submit(who, new SubmitCommand(agency, new BigDecimal(amount), false, null,
                UUID.randomUUID().toString())).id();
    }

    private String email(Caller who) {
        return mails.email(who.userId());
    }

    private static BatchStatus awaitEnd(long execution) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        return Awaitility.await("the end of job execution " + execution).pollInSameThread()
                .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.getJobExecution(execution).getBatchStatus(), ENDED::contains);
    }

    private void assertOneDigestEach() throws Exception {
        List<MimeMessage> toA = mailbox.await(email(s.staffA()), 1);
        assertEquals(1, toA.size());
        assertEquals("Acomptes : 2 demandes à traiter", toA.get(0).getSubject());
        String textA = spaces(part(toA.get(0), "text/plain"));
        assertTrue(textA.contains("- A " + s.suffix() + " : 2 demandes\n"), textA);
        assertTrue(textA.contains("Total : 2 demandes à traiter"), textA);
        assertTrue(part(toA.get(0), "text/html").contains("/staff/advances.xhtml\""));

        List<MimeMessage> toAB = mailbox.await(email(s.staffAB()), 1);
        assertEquals(1, toAB.size());
        assertEquals("Advances: 3 requests to process", toAB.get(0).getSubject());
        String textAB = part(toAB.get(0), "text/plain");
        assertTrue(textAB.contains("- A " + s.suffix() + ": 2 requests\n- B " + s.suffix() + ": 1 request\n"), textAB);
        assertTrue(textAB.contains("Total: 3 requests to process"), textAB);
        assertTrue(textAB.contains(System.getProperty("advance.baseUrl", "http://127.0.0.1:8080/advance")
                + "/staff/advances.xhtml"), textAB);

        // Nothing to process in X: no digest (documented choice); no permission: never a digest.
        assertEquals(0, mails.digestCount(s.staffForeign().userId(), today));
        assertEquals(0, mails.digestCount(s.staffWithoutPermission().userId(), today));
        assertEquals(0, mailbox.to(email(s.staffForeign())).size());
        assertEquals(0, mailbox.to(email(s.staffWithoutPermission())).size());
    }

    /** Everything the job queued has had its chance to go: each staff member has his one digest, and no more arrives. */
    private void assertOneMailEach(Caller... staff) {
        sender.deliverDue();
        for (Caller who : staff) {
            mailbox.assertStaysAt(email(who), 1);
        }
    }

    @Test
    void theTimerIsRegisteredAtElevenParisTimeExactlyOnce() {
        List<ScheduleExpression> timers = schedule.schedules();
        assertEquals(1, timers.size(), "exactly one digest timer");
        assertEquals("11", timers.get(0).getHour());
        assertEquals("0", timers.get(0).getMinute());
        assertEquals("Europe/Paris", timers.get(0).getTimezone());
        try {
            // What advance.digest.schedule=07:30 does at startup: the timer is replaced, not added.
            schedule.schedule(new DigestTime(7, 30));
            timers = schedule.schedules();
            assertEquals(1, timers.size());
            assertEquals("7", timers.get(0).getHour());
            assertEquals("30", timers.get(0).getMinute());
        } finally {
            schedule.schedule(DigestTime.DEFAULT);
        }
        assertEquals(1, schedule.schedules().size());
        assertEquals("11", schedule.schedules().get(0).getHour());
    }

    @Test
    void theDigestRunOnDemandMailsEachStaffMemberHisCountsOnceADay() throws Exception {
        long first = operations.startDigest(admin);
        assertEquals(BatchStatus.COMPLETED, awaitEnd(first));
        assertOneDigestEach();
        assertEquals(1, mails.digestCount(s.staffA().userId(), today));

        // Started again the same day, the counts having changed meanwhile: nothing new for them.
        workers.cancel(s.otherWorker(), othersRequestInA);
        long second = operations.startDigest(admin);
        assertEquals(BatchStatus.COMPLETED, awaitEnd(second));
        assertOneMailEach(s.staffA(), s.staffAB());
        assertEquals(1, mails.digestCount(s.staffA().userId(), today));
        assertEquals(1, mails.digestCount(s.staffAB().userId(), today));
    }

    @Test
    void aJobKilledMidWayIsRestartedWithoutDuplicates() throws Exception {
        JobOperator jobs = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty("day", today.toString());
        parameters.setProperty("chunkSize", "1");
        parameters.setProperty("failAtStaff", String.valueOf(s.staffAB().userId()));
        long run = jobs.start("digest-failing", parameters);
        assertEquals(BatchStatus.FAILED, awaitEnd(run));
        // Staff A's chunk was committed before the failure; staff AB's was rolled back.
        assertEquals(1, mails.digestCount(s.staffA().userId(), today));
        assertEquals(0, mails.digestCount(s.staffAB().userId(), today));

        parameters.remove("failAtStaff");
        long restart = jobs.restart(run, parameters);
        assertEquals(BatchStatus.COMPLETED, awaitEnd(restart));
        assertOneDigestEach();
        assertOneMailEach(s.staffA(), s.staffAB());
        assertEquals(1, mails.digestCount(s.staffA().userId(), today));
        assertEquals(1, mails.digestCount(s.staffAB().userId(), today));
    }
}
