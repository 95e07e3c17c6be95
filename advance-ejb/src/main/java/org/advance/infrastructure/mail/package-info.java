/**
 * Mails that are never lost and never sent twice: the outbox (a table written in the transaction
 * of what the mail tells, {@code Outbox}, {@code OutboxMail}), the sender that delivers it after
 * commit through the server's Jakarta Mail session with retries ({@code MailSender}, its marks,
 * timer and kick, and {@code OutboxNode}, this process as a sender), the outbox as operators see
 * it ({@code OutboxOperations}, the application's {@code UndeliveredMails}), and the plain builders
 * of each mail's text and HTML.
 */
package org.advance.infrastructure.mail;
