package org.advance.interfaces.security;

import jakarta.security.enterprise.credential.Credential;

/** The bearer token of an API session ("Authorization: Bearer ..."), as handed to the identity stores. */
public record SessionTokenCredential(String token) implements Credential {}
