package org.advance.application.port;

import org.advance.application.dto.DigestRun;

/** The daily digest job, as operations start and follow it. */
public interface DigestJobs {

    /** Starts today's digest, or returns the run already under way. */
    long start();

    /** Restarts a failed or stopped run; it sends only the digests still missing. */
    long restart(long execution);

    /** A run of the digest; an unknown execution, or one of another job, is not found. */
    DigestRun run(long execution);
}
