package org.advance.application;

import java.io.Serializable;
import org.advance.domain.model.Role;

/**
 * Who calls a service: the authenticated account, resolved by the web layer from the container's
 * security context (never from request parameters). Services check every access against it.
 */
public record Caller(long userId, String login, Role role, String locale) implements Serializable {}
