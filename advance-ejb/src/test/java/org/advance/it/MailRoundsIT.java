package org.advance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
