package org.advance.infrastructure.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Marks a mail SENT the moment the SMTP server accepted it: one UPDATE, committed on its own, on a
 * JDBC connection the round keeps open (the round runs outside any transaction, so the pool hands
 * an auto-commit connection). That is a single round trip and a commit per mail, far cheaper than
 * a container transaction with a persistence context per mail (docs/performance.md). It is what
 * makes the crash window one mail instead of a page: a process that dies can leave
 * accepted-but-unmarked only the mail whose 250 it had just received.
 * Same rule as {@link Outbox}: only a row still SENDING under this sender's claim is moved on.
 *
 * <p>On PostgreSQL the connection commits its marks without waiting for the write-ahead log to
 * reach the disk ({@code synchronous_commit = off}, for this connection only, reset before it goes
 * back to the pool). A mark is a record that a delivery happened, not the delivery: if the
 * application server dies, PostgreSQL still holds every mark it acknowledged, so the window stays
 * one mail; only a crash of PostgreSQL itself (or of its machine) can forget the marks of its last
 * moments, and those mails are then sent again with the same Message-ID. None is ever lost. Waiting
 * for the disk on every mail instead made each mark a flush of the log, the largest cost of a
 * large digest on a disk of ordinary speed (docs/mail-and-digest.md).
 */
final class SentMarks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SentMarks.class.getName());
    private static final String SQL = "UPDATE mail_outbox SET state = 'SENT', sent_at = ?, last_error = NULL,"
            + " claimed_by = NULL WHERE id = ? AND state = 'SENDING' AND claimed_by = ?";

    private final DataSource dataSource;
    private final String sender;
    private Connection connection;
    private PreparedStatement update;
    private boolean asynchronousCommit;

    SentMarks(DataSource dataSource, String sender) {
        this.dataSource = dataSource;
        this.sender = sender;
    }

    /** Marks one mail; false when the database could not be reached (the caller marks it again). */
    boolean sent(long id, LocalDateTime now) {
        try {
            if (update == null) {
                connection = dataSource.getConnection();
                asynchronousCommit = isPostgres(connection);
                if (asynchronousCommit) {
                    try (Statement set = connection.createStatement()) {
                        set.execute("SET synchronous_commit TO off");
                    }
                }
                update = connection.prepareStatement(SQL);
            }
            update.setTimestamp(1, Timestamp.valueOf(now));
            update.setLong(2, id);
            update.setString(3, sender);
            update.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            // Never thrown on: the caller would take the accepted mail for one not sent, and send it again.
            LOG.log(Level.WARNING, "Mail " + id + " was accepted by the SMTP server but not marked at once", e);
            close();
            return false;
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            if (asynchronousCommit) {
                // The pool hands this connection to others next: they wait for the disk again.
                try (Statement reset = connection.createStatement()) {
                    reset.execute("RESET synchronous_commit");
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "resetting the connection of the sent marks", e);
        } finally {
            try {
                connection.close(); // closes the statement too
            } catch (SQLException e) {
                LOG.log(Level.FINE, "closing the connection of the sent marks", e);
            }
            connection = null;
            update = null;
            asynchronousCommit = false;
        }
    }
}
