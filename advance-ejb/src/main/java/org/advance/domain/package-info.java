/**
 * The model of the service and its rules, free of any container and of every other layer: the
 * typed refusals ({@code ErrorCode}, {@code AdvanceException}), the time conventions
 * ({@code Times}) and the application's public address ({@code PublicAddress}). The entities are
 * in {@code domain.model}, the rules in {@code domain.rules}, the events in {@code domain.event}.
 */
package org.advance.domain;
