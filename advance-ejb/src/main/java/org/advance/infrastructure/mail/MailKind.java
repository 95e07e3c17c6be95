package org.advance.infrastructure.mail;

/** What an outbox row is: the worker's decision mail or a staff member's daily digest. */
public enum MailKind {
    DECISION,
    DIGEST
}
