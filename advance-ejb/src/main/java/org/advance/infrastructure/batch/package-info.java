/**
 * The daily digest: a persistent timer whose only job is to start the Jakarta Batch job
 * {@code digest} (META-INF/batch-jobs/digest.xml) through {@code DigestLauncher}, which also
 * implements the application's {@code DigestJobs} (started by hand, followed, restarted), and the
 * job's artifacts: a reader over the staff with the advances permission (keyset pages), a
 * processor counting their requests to process per agency (one statement per chunk), a writer
 * queuing the mails in the outbox (at most one per staff member and Paris day, enforced by a
 * unique key), and the step that hands them to the sender.
 */
package org.advance.infrastructure.batch;
