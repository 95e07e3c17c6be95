/**
 * The daily digest: a persistent timer whose only job is to start the Jakarta Batch job
 * {@code digest} (META-INF/batch-jobs/digest.xml), and the job's artifacts: a reader over the staff
 * with the advances permission (keyset pages), a processor counting their requests to process per
 * agency (one query per chunk), a writer queuing the mails in the outbox (at most one per staff
 * member and Paris day, enforced by a unique key).
 */
package org.advance.infrastructure.batch;
