package org.advance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.advance.infrastructure.mail.MailSender;
import org.advance.infrastructure.mail.OutboxState;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several delivery rounds at once over a backlog of several pages, as on the morning of a large
 * digest (the job's two rounds, the rounds they chain, the retry timer's): every mail arrives once,
 * and none is left claimed behind them.
 */
@InContainer
class MailRoundsIT {

    private static final int MAILS = 230; // five pages of 50, the last one partial

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("mail-rounds-it");
    }

    @EJB
    private MailSender sender;

    @EJB
    private Fixtures fixtures;

    @EJB
    private MailFixtures mails;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @RegisterExtension
    final Mailbox mailbox = new Mailbox();

    @Test
    void racingRoundsSendEachMailOnceAndLeaveNoneClaimed() throws Exception {
        Scenario s = fixtures.scenario();
        long staff = s.staffA().userId();
        List<Long> ids = mails.queueDigests(staff, MAILS);

        for (int i = 0; i < 3; i++) {
            sender.deliverSoon();
        }
        sender.deliverDue(); // a fourth round, in this thread, while the others run

        mailbox.await(mails.email(staff), MAILS);
        awaitAllSent(ids);
        mailbox.assertStaysAt(mails.email(staff), MAILS); // a late duplicate would arrive now
        List<MimeMessage> received = mailbox.to(mails.email(staff));
        assertEquals(MAILS, received.size(), "each mail once");
        Set<String> messageIds = received.stream().map(MailRoundsIT::messageId).collect(Collectors.toSet());
        assertEquals(MAILS, messageIds.size(), "no mail twice, none missing");
        assertEquals(Map.of(OutboxState.SENT, (long) MAILS), mails.states(ids));
    }

    /**
     * On PostgreSQL a round's marks commit without waiting for the disk (SentMarks), on their
     * connection only: once the round is over, every connection of the pool waits for the disk
     * again. H2 has no such setting; there the marks are durable commits like any other.
     */
    @Test
    void aRoundGivesItsConnectionBackToThePoolWaitingForTheDiskAgain() throws Exception {
        Scenario s = fixtures.scenario();
        List<Long> ids = mails.queueDigests(s.staffA().userId(), 3);
        sender.deliverDue(); // in this thread: when it returns, the round's connection is back in the pool
        awaitAllSent(ids);
        mailbox.await(mails.email(s.staffA().userId()), 3);

        // More connections at once than the pool keeps idle: the round's own is among them.
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 24; i++) {
                held.add(dataSource.getConnection());
            }
            for (Connection connection : held) {
                String database = connection.getMetaData().getDatabaseProductName();
                if (database.toLowerCase(Locale.ROOT).contains("postgres")) {
                    try (Statement show = connection.createStatement();
                            ResultSet setting = show.executeQuery("SHOW synchronous_commit")) {
                        setting.next();
                        assertEquals("on", setting.getString(1), "a pooled connection commits without the disk");
                    }
                } else {
                    assertTrue(database.toLowerCase(Locale.ROOT).contains("h2"), "H2 or PostgreSQL: " + database);
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    private void awaitAllSent(List<Long> ids) {
        Awaitility.await("all " + ids.size() + " mails SENT").pollInSameThread().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> mails.states(ids), Map.of(OutboxState.SENT, (long) ids.size())::equals);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
