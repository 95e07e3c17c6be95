/**
 * The ports of the application: interfaces that the services need and own, and records they pass
 * through them. The repositories (every query of the application, typed), the table rows, the
 * tallies, the mail outbox and the digest job as operations see them, the password check.
 * {@code infrastructure} implements them; nothing here knows how.
 */
package org.advance.application.port;
