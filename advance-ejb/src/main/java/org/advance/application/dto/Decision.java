package org.advance.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Staff's answer as typed. For an acceptance, {@code amount} may be null (the amount asked, or the
 * maximum when the worker asked for it); for a refusal it is ignored.
 */
public record Decision(BigDecimal amount, String reason, String comment) implements Serializable {}
