package org.advance.interfaces.rest;

import java.math.BigDecimal;

/** The JSON bodies the API reads; every field optional at this level, the services say what is missing. */
final class Bodies {

    private Bodies() {}

    /** POST /api/employers/{id}/requests: an amount or maximum=true, an optional comment. */
    public static class Submit {
        public Long agencyId;
        public BigDecimal amount;
        public Boolean maximum;
        public String comment;
    }

    /** POST /api/staff/requests/{id}/accept and /refuse: amount (accept only, optional), reason, comment. */
    public static class Decide {
        public BigDecimal amount;
        public String reason;
        public String comment;
    }
}
