package org.advance.infrastructure.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
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
 */
final class SentMarks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SentMarks.class.getName());
    private static final String SQL = "UPDATE mail_outbox SET state = 'SENT', sent_at = ?, last_error = NULL,"
            + " claimed_by = NULL WHERE id = ? AND state = 'SENDING' AND claimed_by = ?";

    private final DataSource dataSource;
    private final String sender;
    private Connection connection;
    private PreparedStatement update;

    SentMarks(DataSource dataSource, String sender) {
        this.dataSource = dataSource;
        this.sender = sender;
    }

    /** Marks one mail; false when the database could not be reached (the caller marks it again). */
    boolean sent(long id, LocalDateTime now) {
        try {
            if (update == null) {
                connection = dataSource.getConnection();
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

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close(); // closes the statement too
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing the connection of the sent marks", e);
        } finally {
            connection = null;
            update = null;
        }
    }
}
