package org.advance.infrastructure.mail;

/**
 * Where an outbox mail stands. PENDING → SENDING (claimed by one sender) → SENT; back to PENDING
 * with a later attempt time when the SMTP server is unreachable; FAILED when the server refused
 * the mail itself (a bad address: retrying would not help, an operator must look).
 */
public enum OutboxState {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
