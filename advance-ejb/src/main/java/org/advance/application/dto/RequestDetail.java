package org.advance.application.dto;

import java.io.Serializable;
import java.util.List;
import org.advance.domain.rules.MaximumAmount;

/**
 * A request with everything about it: its fields, its full history, and, while it waits for an
 * answer, the worker's maximum now (what staff may grant).
 */
public record RequestDetail(RequestRow request, String workerEmail, List<HistoryLine> history,
        MaximumAmount maximumNow) implements Serializable {}
