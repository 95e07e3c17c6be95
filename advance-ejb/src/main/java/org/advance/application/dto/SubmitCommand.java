package org.advance.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A worker's request as typed: an amount or the maximum (not both), an optional comment, and a
 * key the client draws once per form so that sending twice makes one request.
 */
public record SubmitCommand(long agencyId, BigDecimal amount, boolean maximum, String comment, String idempotencyKey)
        implements Serializable {}
