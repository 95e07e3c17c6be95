package org.advance.interfaces.rest;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The JSON bodies the API reads, each from a {@link JsonBody} with its own keys and types; every
 * field optional at this level, the services say what is missing.
 */
final class Bodies {

    private Bodies() {}

    /** POST /api/employers/{id}/requests: an amount or maximum=true, an optional comment. */
    record Submit(Long agencyId, BigDecimal amount, Boolean maximum, String comment) {
        static final Set<String> KEYS = Set.of("agencyId", "amount", "maximum", "comment");

        static Submit of(String body) {
            JsonBody json = JsonBody.parse(body, KEYS);
            return new Submit(json.id("agencyId"), json.amount("amount"), json.bool("maximum"), json.text("comment"));
        }
    }

    /** POST /api/staff/requests/{id}/accept and /refuse: amount (accept only, optional), reason, comment. */
    record Decide(BigDecimal amount, String reason, String comment) {
        static final Set<String> ACCEPT_KEYS = Set.of("amount", "reason", "comment");
        static final Set<String> REFUSE_KEYS = Set.of("reason", "comment");

        /** A decision's body is optional: none means "in full, no reason, no comment". */
        static Decide of(String body, Set<String> keys) {
            JsonBody json = body == null || body.isBlank() ? JsonBody.empty() : JsonBody.parse(body, keys);
            return new Decide(keys.contains("amount") ? json.amount("amount") : null, json.text("reason"),
                    json.text("comment"));
        }
    }
}
