/**
 * Mails that are never lost and never sent twice: the outbox (a table written in the transaction
 * of what the mail tells), the sender that delivers it after commit through the server's Jakarta
 * Mail session with retries, and the plain builders of each mail's text and HTML.
 */
package org.advance.infrastructure.mail;
