package org.advance.domain.event;

/**
 * A request has just been accepted or refused, inside the decision's transaction. Observers that
 * must not lose it (the decision mail) write in the same transaction.
 */
public record RequestDecided(long requestId) {}
