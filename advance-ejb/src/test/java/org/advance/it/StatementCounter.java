package org.advance.it;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The SQL statements EclipseLink sends from the thread that opened the counter, until it is closed.
 * It listens on the persistence unit's server session, whose listeners every transaction's session
 * copies when it starts: open it before the transaction to count (outside the service call).
 * Each statement counts once, batched or not; work done on other threads (the mail sender) is not
 * counted.
 */
public final class StatementCounter extends SessionEventAdapter implements AutoCloseable {

    private final Session server;
    private final Thread thread = Thread.currentThread();
    private final List<String> statements = new ArrayList<>();
    private volatile boolean open = true;

    StatementCounter(Session server) {
        this.server = server;
        server.getEventManager().addListener(this);
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (open && Thread.currentThread() == thread) {
            statements.add(event.getCall() instanceof DatabaseCall call ? call.getSQLString() : String.valueOf(event.getCall()));
        }
    }

    public int count() {
        return statements.size();
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    @Override
    public void close() {
        open = false;
        server.getEventManager().removeListener(this);
    }

    @Override
    public String toString() {
        return statements.size() + " statements:\n  " + String.join("\n  ", statements);
    }
}
