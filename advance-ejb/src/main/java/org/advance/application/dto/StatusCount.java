package org.advance.application.dto;

import java.io.Serializable;
import org.advance.domain.model.RequestStatus;

/** How many requests are in one status. */
public record StatusCount(RequestStatus status, long count) implements Serializable {}
