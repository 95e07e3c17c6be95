package org.advance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.advance.domain.Times;
import org.advance.infrastructure.mail.Outbox;
import org.advance.infrastructure.mail.OutboxMail;
import org.advance.infrastructure.mail.OutboxNode;
import org.advance.infrastructure.mail.OutboxState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Who holds a claim (issue 12): a claim names the node process that made it; a node that starts
 * releases at once the claims of its own earlier start; a claim of another node is released only
 * once that node stopped beating, never while it beats. The kill -9 runs are in bin/fault-test.sh.
 */
@InContainer
class OutboxClaimsIT {

    private static final Duration GONE = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("outbox-claims-it");
    }

    @EJB
    private Outbox outbox;

    @EJB
    private OutboxNode node;

    @EJB
    private Fixtures fixtures;

    @EJB
    private MailFixtures mails;

    @Test
    void aClaimNamesThisNodeProcessAndLeavingSendingForgetsIt() {
        long mail = oneMail(1);
        List<OutboxMail> claimed = outbox.claim(List.of(mail), Times.nowUtc().plusDays(2));
        assertEquals(1, claimed.size());
        assertEquals(node.id(), claimed.get(0).getClaimedBy());
        assertTrue(node.id().startsWith(node.node() + "/"), node.id());
        outbox.markFailed(mail, "test: left out of delivery");
        assertEquals(OutboxState.FAILED, mails.mail(mail).getState());
        assertNull(mails.mail(mail).getClaimedBy());
    }

    @Test
    void anotherNodesClaimIsKeptWhileItBeatsAndReleasedOnceItStopped() {
        long mail = oneMail(1);
        String other = "it-other-" + UUID.randomUUID().toString().substring(0, 8);
        String sender = other + "/" + UUID.randomUUID();
        mails.sender(sender, other, Times.nowUtc());
        mails.claimedBy(mail, sender);

        outbox.releaseGone(Times.nowUtc(), GONE);
        assertEquals(OutboxState.SENDING, mails.mail(mail).getState(), "a live node's claim is never released");
        assertEquals(sender, mails.mail(mail).getClaimedBy());
        assertTrue(node.alive(sender));

        mails.sender(sender, other, Times.nowUtc().minus(GONE).minusSeconds(1)); // its last beat, 31 s ago
        assertFalse(node.alive(sender));
        assertTrue(outbox.releaseGone(Times.nowUtc(), GONE) >= 1);
        // Due again now: this server's own round may already have taken it, under its own name.
        OutboxMail released = mails.mail(mail);
        assertNotEquals(sender, released.getClaimedBy());
        assertTrue(released.getState() != OutboxState.SENDING || node.id().equals(released.getClaimedBy()),
                released.getState() + " by " + released.getClaimedBy());
        assertFalse(mails.senderExists(sender), "the dead sender's row goes with its claims");
    }

    @Test
    void aNodeThatStartsAgainReleasesItsEarlierStartsClaimsAtOnceAndNoOneElses() {
        long staff = fixtures.scenario().staffA().userId();
        long mine = mails.queueNotDue(staff, 1);
        long theirs = mails.queueNotDue(staff, 2);
        String restarting = "it-node-" + UUID.randomUUID().toString().substring(0, 8);
        String earlier = restarting + "/" + UUID.randomUUID();
        String other = "it-third-" + UUID.randomUUID().toString().substring(0, 8);
        String otherSender = other + "/" + UUID.randomUUID();
        // The earlier start still looks alive to the others (it beat a second ago): only its own node knows better.
        mails.sender(earlier, restarting, Times.nowUtc());
        mails.sender(otherSender, other, Times.nowUtc());
        mails.claimedBy(mine, earlier);
        mails.claimedBy(theirs, otherSender);

        int released = outbox.registerSender(restarting + "/" + UUID.randomUUID(), restarting, Times.nowUtc());

        assertEquals(1, released);
        assertNotEquals(earlier, mails.mail(mine).getClaimedBy());
        assertFalse(mails.senderExists(earlier));
        assertEquals(OutboxState.SENDING, mails.mail(theirs).getState(), "another live node's claim is kept");
        assertEquals(otherSender, mails.mail(theirs).getClaimedBy());
        mails.sender(otherSender, other, Times.nowUtc().minusHours(1)); // gone now: leave nothing claimed behind
        outbox.releaseGone(Times.nowUtc(), GONE);
    }

    @Test
    void aSenderCannotMoveARowThatAnotherSenderHoldsSince() {
        long mail = oneMail(1);
        assertEquals(1, outbox.claim(List.of(mail), Times.nowUtc().plusDays(2)).size());
        // This process was taken for gone meanwhile: its claim was released and another node took the mail.
        String other = "it-taker-" + UUID.randomUUID().toString().substring(0, 8);
        String taker = other + "/" + UUID.randomUUID();
        mails.sender(taker, other, Times.nowUtc());
        mails.claimedBy(mail, taker);

        outbox.markFailed(mail, "test: a late answer of the first sender");
        outbox.markSent(List.of(mail), Times.nowUtc());
        outbox.release(List.of(mail), Times.nowUtc());

        OutboxMail held = mails.mail(mail);
        assertEquals(OutboxState.SENDING, held.getState(), "the first sender's late moves leave the row alone");
        assertEquals(taker, held.getClaimedBy());
        mails.sender(taker, other, Times.nowUtc().minusHours(1)); // gone now: leave nothing claimed behind
        outbox.releaseGone(Times.nowUtc(), GONE);
    }

    /** A mail of a fresh staff member's own, not due before tomorrow: out of reach of this server's rounds. */
    private long oneMail(int daysAgo) {
        return mails.queueNotDue(fixtures.scenario().staffA().userId(), daysAgo);
    }
}
