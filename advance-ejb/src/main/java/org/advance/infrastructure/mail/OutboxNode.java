package org.advance.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.advance.domain.Times;

/**
 * This node process as a sender of the outbox: a name ({@code advance.node.name}, else WildFly's
 * {@code jboss.node.name}, else Payara's instance name, else the host name) and an id drawn at each
 * start. Every claim names that id. When it starts it first releases the claims of its own earlier
 * start (a crash, a {@code kill -9}: nobody else can still be sending them), then beats its
 * {@link OutboxSender} row every {@value #DEFAULT_BEAT_SECONDS} seconds and, on each beat, releases
 * the claims of senders whose beat stopped {@value #DEFAULT_GONE_SECONDS} seconds ago. The beat
 * runs on the timer's own thread, not on a delivery round's, so a live node whose SMTP server is
 * slow keeps beating and keeps its claims: two live nodes never release each other's claims.
 * One mechanism for every channel of the outbox: it is about processes, not kinds of mail.
 * Node names must differ between nodes (they already must for WildFly's timer store).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxNode {

    public static final String NAME_PROPERTY = "advance.node.name";
    static final long DEFAULT_BEAT_SECONDS = 5;
    /**
     * Six missed beats. Longer than the mail session's connect + read timeouts (5 s + 10 s), so
     * that a sender held up by the network for a whole SMTP timeout is still far from taken for dead.
     */
    static final long DEFAULT_GONE_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(OutboxNode.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private Outbox outbox;

    private volatile String node;
    private volatile String id;

    @PostConstruct
    void start() {
        node = nodeName();
        id = node + "/" + UUID.randomUUID();
        int released = outbox.registerSender(id, node, Times.nowUtc());
        LOG.info(() -> "Outbox sender " + id + " started" + (released == 0 ? ""
                : "; " + released + " mail(s) of this node's earlier start went back to PENDING at once"));
        long beat = Math.max(1, Long.getLong("advance.outbox.beatSeconds", DEFAULT_BEAT_SECONDS));
        timers.createIntervalTimer(Duration.ofSeconds(beat).toMillis(), Duration.ofSeconds(beat).toMillis(),
                new TimerConfig("outbox-beat", false));
    }

    /** The id this process writes into its claims. */
    public String id() {
        return id;
    }

    public String node() {
        return node;
    }

    /** How long without a beat before a sender is taken for gone and its claims released. */
    public static Duration goneAfter() {
        return Duration.ofSeconds(Math.max(2, Long.getLong("advance.outbox.goneSeconds", DEFAULT_GONE_SECONDS)));
    }

    /**
     * Whether the sender with this id is still alive as far as this node can tell: this process,
     * or another node's process that beat recently. An earlier start of this node is dead.
     */
    public boolean alive(String sender) {
        if (id.equals(sender)) {
            return true;
        }
        if (sender.startsWith(node + "/")) {
            return false;
        }
        return outbox.senderAlive(sender, Times.nowUtc(), goneAfter());
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void beat() {
        try {
            outbox.beat(id, node, Times.nowUtc());
            outbox.releaseGone(Times.nowUtc(), goneAfter());
        } catch (RuntimeException e) {
            // The next beat tries again; a failed beat must not cancel the timer.
            LOG.log(Level.WARNING, "outbox beat failed", e);
        }
    }

    private static String nodeName() {
        for (String property : new String[] {NAME_PROPERTY, "jboss.node.name", "com.sun.aas.instanceName"}) {
            String name = System.getProperty(property);
            if (name != null && !name.isBlank()) {
                return shorten(name.trim());
            }
        }
        try {
            return shorten(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return "node";
        }
    }

    private static String shorten(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60);
    }
}
