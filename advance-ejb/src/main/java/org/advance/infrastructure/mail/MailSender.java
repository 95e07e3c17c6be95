package org.advance.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.advance.domain.Times;

/**
 * Delivers the outbox through the server's Jakarta Mail session, a page of due mails at a time:
 * claim the page in one committed transaction (so no other sender can take its mails; the claim
 * names this node process, {@link OutboxNode}), send them one after the other over one SMTP
 * connection outside any transaction, and mark each one SENT the moment the SMTP server accepted
 * it ({@link SentMarks}: one auto-committed UPDATE on a connection kept for the round, not a
 * container transaction per mail, which held the digest of a large network to a quarter of the
 * SMTP server's pace). A sender that dies can so have at most one mail accepted and not marked:
 * the one being sent. While the SMTP server is unreachable the mail goes back to PENDING with an
 * exponential back-off ({@link Backoff}); the periodic {@link MailRetryTimer} comes back for it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    /** The server's mail session; WildFly binds it elsewhere (e.g. java:jboss/mail/advance). */
    public static final String JNDI_PROPERTY = "advance.mail.jndi";
    public static final String DEFAULT_JNDI = "mail/advance";
    private static final int PAGE = 50;
    /** A round never runs forever, even if mails keep arriving while it sends. */
    private static final int MAX_PAGES = 40;
    /** Rounds after commits a node runs at once, {@code -Dadvance.mail.rounds} (1 to 8). */
    public static final String ROUNDS_PROPERTY = "advance.mail.rounds";
    public static final int DEFAULT_ROUNDS = 2;
    /** Rounds of {@link #deliverSoon} running in this JVM (the retry timer's are not counted). */
    private static final AtomicInteger RUNNING = new AtomicInteger();

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @EJB
    private Outbox outbox;

    @EJB
    private OutboxNode node;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Resource
    private SessionContext context;

    /**
     * Right after a commit that queued mails: deliver them now, without making the caller wait,
     * going on while mails are due (the digest of a large network: 18 000 mails). At most
     * {@link #maxRounds()} such rounds (two by default) run at once on a node: the digest job asks after each chunk,
     * and more rounds would only contend for the same mails and CPU.
     */
    @Asynchronous
    public void deliverSoon() {
        if (RUNNING.incrementAndGet() > maxRounds()) {
            RUNNING.decrementAndGet();
            return; // the running rounds go on while mails are due
        }
        try {
            Round done;
            do {
                done = round(); // a round has a size, but a backlog goes on in the next one at once
            } while (done.moreDue());
        } catch (RuntimeException | Error e) {
            // Nobody waits on an asynchronous call: without this, its failure would go unseen.
            LOG.log(Level.SEVERE, "A delivery round failed; mails it had claimed and not tried went back"
                    + " to PENDING", e);
            throw e;
        } finally {
            RUNNING.decrementAndGet();
        }
        // A mail committed while this round was ending found the rounds full and was not sent: look once more.
        if (!outbox.due(Times.nowUtc(), 1).isEmpty()) {
            context.getBusinessObject(MailSender.class).deliverSoon();
        }
    }

    /** How many rounds after commits may run at once on this node. */
    public static int maxRounds() {
        return Math.max(1, Math.min(8, Integer.getInteger(ROUNDS_PROPERTY, DEFAULT_ROUNDS)));
    }

    /** Sends every due mail, up to a round; returns how many were sent. Stops at the first unreachable server. */
    public int deliverDue() {
        return round().sent();
    }

    /** What a round did: mails sent, and whether it stopped at its size with mails still due. */
    private record Round(int sent, boolean moreDue) {}

    private Round round() {
        int sent = 0;
        Connection connection = new Connection();
        try (SentMarks marks = new SentMarks(dataSource, node.id())) {
            for (int page = 0; page < MAX_PAGES; page++) {
                List<Long> due = outbox.due(Times.nowUtc(), PAGE);
                if (due.isEmpty()) {
                    return new Round(sent, false);
                }
                List<OutboxMail> claimed = outbox.claim(due, Times.nowUtc());
                PageSent done = send(claimed, connection, marks);
                sent += done.sent();
                if (done.serverDown()) {
                    return new Round(sent, false); // the rest waits for the retry timer
                }
            }
            return new Round(sent, true);
        } finally {
            connection.close();
        }
    }

    /** What a page did: mails the SMTP server accepted, and whether it stopped because the server was unreachable. */
    private record PageSent(int sent, boolean serverDown) {}

    /**
     * Sends a claimed page over the round's connection, marking each mail SENT as soon as the SMTP
     * server accepted it. Whatever happens, no claimed mail is left SENDING: those not tried go back
     * to PENDING at once (the release of a dead sender's claims is only for a sender that died).
     */
    private PageSent send(List<OutboxMail> page, Connection connection, SentMarks marks) {
        List<Long> accepted = new ArrayList<>();
        List<Long> unmarked = new ArrayList<>();
        LocalDateTime retryAt = Times.nowUtc();
        int next = 0;
        boolean serverDown = false;
        try {
            while (next < page.size() && !serverDown) {
                OutboxMail mail = page.get(next++);
                try {
                    connection.send(mail);
                    accepted.add(mail.getId());
                    if (!marks.sent(mail.getId(), Times.nowUtc())) {
                        unmarked.add(mail.getId()); // the database hiccuped: marked once more below
                    }
                } catch (AddressException | SendFailedException refused) {
                    LOG.log(Level.SEVERE, "Mail {0} to {1} refused, not retried: {2}",
                            new Object[] {mail.getId(), mail.getRecipient(), describe(refused)});
                    outbox.markFailed(mail.getId(), describe(refused));
                } catch (MessagingException | NamingException | RuntimeException unreachable) {
                    Backoff backoff = Backoff.configured();
                    LocalDateTime at = Times.nowUtc().plus(backoff.after(mail.getAttempts()));
                    LOG.warning(() -> "Mail " + mail.getId() + " not sent (attempt " + mail.getAttempts()
                            + "), next attempt at " + at + " UTC: " + describe(unreachable));
                    outbox.markRetry(mail.getId(), describe(unreachable), at);
                    // The rest of the page waits the first back-off only: those mails never failed, and
                    // one that has failed for hours must not hold back a decision queued a second ago.
                    retryAt = Times.nowUtc().plus(backoff.after(1));
                    serverDown = true;
                }
            }
            return new PageSent(accepted.size(), serverDown);
        } finally {
            // Marked even when something unexpected escapes: an accepted mail left SENDING would be
            // sent a second time once its claim is released.
            outbox.markSent(unmarked, Times.nowUtc());
            outbox.release(page.subList(next, page.size()).stream().map(OutboxMail::getId).toList(), retryAt);
        }
    }

    /** The round's SMTP connection, opened at its first mail and kept for the whole round. */
    private static final class Connection {

        private Session session;
        private Transport transport;

        void send(OutboxMail mail) throws MessagingException, NamingException {
            if (transport == null) {
                session = session();
                Transport opened = session.getTransport("smtp");
                opened.connect();
                transport = opened;
            }
            MimeMessage message = message(session, mail);
            transport.sendMessage(message, message.getAllRecipients());
        }

        void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.log(Level.FINE, "closing the SMTP connection", e);
                }
            }
        }
    }

    /** Looked up when needed, not injected: a server without the session still deploys the EAR. */
    static Session session() throws NamingException {
        String name = System.getProperty(JNDI_PROPERTY, DEFAULT_JNDI);
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            NamingException missing = new NamingException("no mail session at JNDI name " + name
                    + " (configure the server's mail session, or set -D" + JNDI_PROPERTY + ")");
            missing.setRootCause(e);
            throw missing;
        }
    }

    private static MimeMessage message(Session session, OutboxMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, mail.getMessageId());
        message.setFrom(); // the session's mail.from: the sender address is the server's setting
        message.setRecipients(Message.RecipientType.TO, new Address[] {new InternetAddress(mail.getRecipient(), true)});
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtmlBody(), "UTF-8", "html");
        // Alternatives go from the plainest to the richest; clients show the last they can.
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return text.toString();
    }

    /** Keeps the Message-ID chosen when the mail was queued instead of making a new one per attempt. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
