package org.advance.application.dto;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A run of the digest job as the administrator follows it: its execution id, its batch status
 * (STARTING, STARTED, COMPLETED, FAILED, STOPPED...), the Paris day it sends, and when it started
 * and ended (UTC; null until then, left out of the API's JSON). COMPLETED means every digest is in the
 * outbox and the sender was asked to deliver them; the outbox says when each one left.
 */
public record DigestRun(long execution, String status, String day, LocalDateTime startedAt, LocalDateTime endedAt)
        implements Serializable {}
