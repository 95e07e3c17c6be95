package org.advance.it;

import java.io.Serializable;
import org.advance.application.Caller;

/**
 * A fresh little world for one test, with names of its own so that tests never see each other's
 * data. Employer E has agencies A and B; the worker has worked for both (A with 100 validated hours
 * at 12.50 €, 80 % policy: maximum 1 000 €; B with no hours: fixed ceiling 300 €); the other worker
 * only for A (50 h at 10 €: maximum 400 €). A foreign employer F has agency X.
 */
public record Scenario(
        long employerId,
        long agencyA,
        long agencyB,
        long foreignEmployerId,
        long foreignAgency,
        Caller worker,
        Caller otherWorker,
        Caller staffA,
        Caller staffAB,
        Caller staffForeign,
        Caller staffWithoutPermission,
        String suffix) implements Serializable {}
