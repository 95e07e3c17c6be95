package org.advance.it;

import static org.advance.it.Asking.ask;
import static org.advance.it.Mailbox.part;
import static org.advance.it.Mailbox.spaces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.advance.application.Caller;
import org.advance.application.OperationsService;
import org.advance.application.StaffService;
import org.advance.application.WorkerService;
import org.advance.application.dto.Decision;
import org.advance.application.dto.RequestRow;
import org.advance.application.dto.UndeliveredMail;
import org.advance.domain.AdvanceException;
import org.advance.domain.Times;
import org.advance.infrastructure.mail.Backoff;
import org.advance.infrastructure.mail.MailSender;
import org.advance.infrastructure.mail.Outbox;
import org.advance.infrastructure.mail.OutboxMail;
import org.advance.infrastructure.mail.OutboxState;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The worker's decision mail, through the server's mail session to a real SMTP server: its content
 * in both languages, no mail for a decision rolled back, no mail lost while SMTP is down, none
 * sent twice.
 */
@InContainer
class DecisionMailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("decision-mail-it");
    }

    @EJB
    private WorkerService workers;

    @EJB
    private StaffService staff;

    @EJB
    private Outbox outbox;

    @EJB
    private OperationsService operations;

    @EJB
    private MailSender sender;

    @EJB
    private Fixtures fixtures;

    @EJB
    private MailFixtures mails;

    @RegisterExtension
    final Mailbox mailbox = new Mailbox();

    private Scenario s;

    @BeforeEach
    void newWorld() throws Exception {
        s = fixtures.scenario();
        // Mails earlier tests left undelivered (their SMTP was down) would share this test's pages:
        // with SMTP down, one of them failing first sends this test's mails to its back-off untried.
        mails.forgetBacklog();
    }

    private static String link(long requestId) {
        String base = System.getProperty("advance.baseUrl", "http://127.0.0.1:8080/advance");
        return base + "/worker/detail.xhtml?id=" + requestId;
    }

    @Test
    void aPartialAcceptanceInFrenchWithTheAmountTheReasonAndTheButton() throws Exception {
        RequestRow request = ask(workers, s.worker(), s.agencyA(), "150.50", "Pour le loyer");
        String hostile = "<script>alert('x')</script> & co";
        staff.accept(s.staffA(), request.id(), new Decision(new BigDecimal("12.50"), "Plafond <b>atteint</b>", hostile));

        List<MimeMessage> received = mailbox.await(mails.email(s.worker().userId()), 1);
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("Votre demande d’acompte : Acceptée partiellement", mail.getSubject());
        assertEquals("acomptes@advance.test", ((InternetAddress) mail.getFrom()[0]).getAddress(),
                "the sender address is the server's mail session setting");
        String text = spaces(part(mail, "text/plain"));
        assertTrue(text.contains("Bonjour Worker " + s.suffix() + ","), text);
        assertTrue(text.contains("A " + s.suffix() + " a répondu à votre demande d’acompte de 150,50 €"), text);
        assertTrue(text.contains("Réponse : Acceptée partiellement"), text);
        assertTrue(text.contains("Montant accordé : 12,50 €"), text);
        assertTrue(text.contains("Motif : Plafond <b>atteint</b>"), text);
        assertTrue(text.contains("Commentaire de l’agence : " + hostile), text);
        assertTrue(text.contains("Je consulte la réponse ! " + link(request.id())), text);
        String html = part(mail, "text/html");
        assertTrue(html.contains("<a href=\"" + link(request.id()) + "\""), html);
        assertTrue(html.contains(">Je consulte la réponse !</a>"), html);
        assertTrue(html.contains("Motif : Plafond &lt;b&gt;atteint&lt;/b&gt;"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"), html);
        assertFalse(html.contains("<script>"), html);

        OutboxMail row = mails.decisionMail(request.id());
        assertEquals(OutboxState.SENT, row.getState());
        assertEquals(row.getMessageId(), mail.getMessageID(), "the Message-ID fixed when the mail was queued");
    }

    @Test
    void aRefusalInEnglish() throws Exception {
        mails.speaks(s.worker().userId(), "en");
        RequestRow request = ask(workers, s.worker(), s.agencyB(), "200", null);
        staff.refuse(s.staffAB(), request.id(), new Decision(null, "Too early", null));

        MimeMessage mail = mailbox.await(mails.email(s.worker().userId()), 1).get(0);
        assertEquals("Your advance request: Refused", mail.getSubject());
        String text = part(mail, "text/plain");
        assertTrue(text.contains("Hello Worker " + s.suffix() + ","), text);
        assertTrue(text.contains("B " + s.suffix() + " has answered your advance request for €200.00"), text);
        assertTrue(text.contains("Answer: Refused"), text);
        assertTrue(text.contains("Reason: Too early"), text);
        assertFalse(text.contains("granted"), text);
        String html = part(mail, "text/html");
        assertTrue(html.contains("<a href=\"" + link(request.id()) + "\""), html);
        assertTrue(html.contains(">See the answer!</a>"), html);
    }

    @Test
    void aDecisionRolledBackHasNoMail() {
        RequestRow request = ask(workers, s.worker(), s.agencyA(), "100", null);
        // More than asked: refused, nothing stored, so nothing to tell.
        assertThrows(AdvanceException.class,
                () -> staff.accept(s.staffA(), request.id(), new Decision(new BigDecimal("150"), null, null)));
        assertNull(mails.decisionMail(request.id()));
    }

    @Test
    void whileSmtpIsDownMailsWaitWithBackOffThenArriveExactlyOnce() throws Exception {
        Caller admin = mails.admin();
        mailbox.stop();
        RequestRow first = ask(workers, s.worker(), s.agencyA(), "100", null);
        RequestRow second = ask(workers, s.otherWorker(), s.agencyA(), "50", null);
        staff.accept(s.staffA(), first.id(), new Decision(null, null, null));
        staff.refuse(s.staffAB(), second.id(), new Decision(null, "Non", null));

        // The attempt right after each commit fails: the mails wait, with a later attempt and the error.
        for (RequestRow request : List.of(first, second)) {
            OutboxMail row = awaitAttempt(request.id());
            assertEquals(OutboxState.PENDING, row.getState());
            assertTrue(row.getNextAttemptAt().isAfter(Times.nowUtc().plusSeconds(30)), "back-off: " + row.getNextAttemptAt());
            assertNotNull(row.getLastError());
        }
        // Operators see them.
        Set<String> undelivered = operations.undeliveredMails(admin, 0, 500).stream()
                .map(UndeliveredMail::recipient).collect(Collectors.toSet());
        assertTrue(undelivered.contains(mails.email(s.worker().userId())), undelivered.toString());
        assertTrue(undelivered.contains(mails.email(s.otherWorker().userId())), undelivered.toString());
        // Nothing due before the back-off ends: a round now sends nothing of ours.
        sender.deliverDue();
        assertEquals(OutboxState.PENDING, mails.decisionMail(first.id()).getState());

        // SMTP is back; an operator asks for a retry now, and rounds run (even two at once).
        mailbox.start();
        outbox.retryNow();
        sender.deliverSoon();
        sender.deliverDue();
        assertEquals(1, mailbox.await(mails.email(s.worker().userId()), 1).size());
        assertEquals(1, mailbox.await(mails.email(s.otherWorker().userId()), 1).size());
        outbox.retryNow();
        sender.deliverDue();
        mailbox.assertStaysAt(mails.email(s.worker().userId()), 1);
        mailbox.assertStaysAt(mails.email(s.otherWorker().userId()), 1);
        assertEquals("Votre demande d’acompte : Refusée", mailbox.to(mails.email(s.otherWorker().userId())).get(0).getSubject());
        assertEquals(OutboxState.SENT, mails.decisionMail(first.id()).getState());
        assertEquals(OutboxState.SENT, mails.decisionMail(second.id()).getState());
    }

    @Test
    void aPageCutShortBySmtpGoingDownLeavesNoMailClaimed() throws Exception {
        mailbox.stop();
        List<RequestRow> requests = List.of(ask(workers, s.worker(), s.agencyA(), "100", null),
                ask(workers, s.otherWorker(), s.agencyA(), "50", null));
        for (RequestRow request : requests) {
            staff.accept(s.staffA(), request.id(), new Decision(null, null, null));
            awaitAttempt(request.id());
        }
        // Both due at once: one round claims them in one page, the first attempt finds SMTP down.
        outbox.retryNow();
        sender.deliverDue();
        int attempts = 0;
        for (RequestRow request : requests) {
            OutboxMail row = mails.decisionMail(request.id());
            assertEquals(OutboxState.PENDING, row.getState(), "not left claimed until the stale sweep");
            assertTrue(row.getNextAttemptAt().isAfter(Times.nowUtc()), "waits for the server: " + row.getNextAttemptAt());
            attempts += row.getAttempts();
        }
        // At most one of them was tried in this round; the others do not count an attempt they never had.
        assertTrue(attempts <= 3, "attempts: " + attempts);

        mailbox.start();
        outbox.retryNow();
        sender.deliverDue();
        assertEquals(1, mailbox.await(mails.email(s.worker().userId()), 1).size());
        assertEquals(1, mailbox.await(mails.email(s.otherWorker().userId()), 1).size());
        for (RequestRow request : requests) {
            assertEquals(OutboxState.SENT, mails.decisionMail(request.id()).getState());
        }
    }

    @Test
    void aMailFailingForHoursDoesNotHoldBackAFreshDecisionsMail() throws Exception {
        mailbox.stop();
        RequestRow old = ask(workers, s.worker(), s.agencyA(), "100", null);
        staff.accept(s.staffA(), old.id(), new Decision(null, null, null));
        OutboxMail failing = awaitAttempt(old.id());
        // Six failed attempts before: its next failure puts it back an hour (the cap). Due now, it comes
        // first in the page of the round that the next decision starts.
        mails.failedFor(failing.getId(), 6);
        RequestRow fresh = ask(workers, s.otherWorker(), s.agencyA(), "50", null);
        staff.accept(s.staffA(), fresh.id(), new Decision(null, null, null));
        awaitWaitingForTheServer(old.id());
        OutboxMail row = awaitWaitingForTheServer(fresh.id());
        // Tried and failed, or left untried behind the failing one: either way it comes back after the
        // first wait (60 s), not after the failing mail's hour.
        LocalDateTime firstWait = Times.nowUtc().plus(Backoff.DEFAULT.first()).plusSeconds(5);
        assertTrue(row.getNextAttemptAt().isBefore(firstWait), "next attempt: " + row.getNextAttemptAt());
        assertTrue(mails.decisionMail(old.id()).getNextAttemptAt().isAfter(firstWait), "the failing one waits longer");
    }

    /** The decision's mail once a round has left it PENDING with its next attempt to come (fails after 30 s). */
    private OutboxMail awaitWaitingForTheServer(long requestId) {
        return awaitMail(requestId, "request " + requestId + "'s mail waiting for the SMTP server",
                row -> row.getState() == OutboxState.PENDING && row.getNextAttemptAt().isAfter(Times.nowUtc()));
    }

    @Test
    void theServersMailSessionCannotHangOnASilentSmtpServer() throws Exception {
        Session session = InitialContext.doLookup(System.getProperty(MailSender.JNDI_PROPERTY, MailSender.DEFAULT_JNDI));
        // Without them a send waits forever on a server that stopped answering, holding its claimed mails.
        // (No write timeout is required: a mail of a few KB never fills the socket's buffer, and each
        // write is followed by a read of the reply, which has its timeout.)
        for (String timeout : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout")) {
            String value = session.getProperty(timeout);
            assertNotNull(value, timeout + " is set by the server's configuration");
            int millis = Integer.parseInt(value);
            assertTrue(millis > 0 && millis <= 60_000, timeout + "=" + value);
        }
    }

    @Test
    void theServerNamesJakartaMailsStreamProvider() {
        // Unnamed, Jakarta Mail 2.1 scans the service files for it several times for every mail.
        String named = System.getProperty("jakarta.mail.util.StreamProvider");
        assertNotNull(named, "jakarta.mail.util.StreamProvider is set by the server's configuration");
        assertEquals(named, jakarta.mail.util.StreamProvider.provider().getClass().getName());
    }

    @Test
    void aMailInterruptedWhileSendingIsSentAgainWithTheSameMessageId() throws Exception {
        mailbox.stop();
        RequestRow request = ask(workers, s.worker(), s.agencyA(), "100", null);
        staff.accept(s.staffA(), request.id(), new Decision(null, null, null));
        OutboxMail row = awaitAttempt(request.id());
        // As a sender killed between its claim and "sent" would have left it, long enough ago.
        mails.interruptedWhileSending(row.getId(), Times.nowUtc().minusMinutes(11));
        mailbox.start();
        // Still within the window: a claim that young may be a live send; it is left alone.
        assertEquals(0, outbox.releaseStale(Times.nowUtc(), Duration.ofMinutes(20)));
        assertEquals(OutboxState.SENDING, mails.decisionMail(request.id()).getState());
        assertTrue(outbox.releaseStale(Times.nowUtc(), Duration.ofMinutes(10)) >= 1);
        sender.deliverDue();
        MimeMessage mail = mailbox.await(mails.email(s.worker().userId()), 1).get(0);
        assertEquals(row.getMessageId(), mail.getMessageID());
        assertEquals(OutboxState.SENT, mails.decisionMail(request.id()).getState());
    }

    /** The decision's mail, once an attempt after the commit has ended (fails after 30 s). */
    private OutboxMail awaitAttempt(long requestId) {
        return awaitMail(requestId, "an attempt after the commit of request " + requestId + "'s decision",
                row -> row.getAttempts() >= 1 && row.getState() != OutboxState.SENDING);
    }

    /** The decision's mail of a request once it is as {@code settled} says, polled every 100 ms for 30 s. */
    private OutboxMail awaitMail(long requestId, String alias, Predicate<OutboxMail> settled) {
        return Awaitility.await(alias)
                .pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> mails.decisionMail(requestId), row -> row != null && settled.test(row));
    }
}
