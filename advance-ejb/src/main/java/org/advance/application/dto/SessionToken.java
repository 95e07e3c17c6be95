package org.advance.application.dto;

import java.time.LocalDateTime;

/** A session of the HTTP API as the app receives it once: the bearer token and when it stops working (UTC). */
public record SessionToken(String token, LocalDateTime expiresAt) {}
