package org.advance.infrastructure.mail;

/**
 * Fired in a transaction that queued mails other than a decision's (a chunk of the digest job), so
 * that {@link MailKick} starts their delivery once it commits instead of when the job ends.
 */
public record MailQueued(int count) {}
