package org.advance.application.dto;

import java.io.Serializable;
import java.util.List;
import org.advance.domain.rules.MaximumAmount;

/** What the processing dialog shows: the request, the maximum now, and the employer's prefilled reasons. */
public record DecisionForm(RequestRow request, MaximumAmount maximumNow, List<String> acceptReasons,
        List<String> refuseReasons) implements Serializable {}
