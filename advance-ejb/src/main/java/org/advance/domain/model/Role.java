package org.advance.domain.model;

/** What a user account is for. Agency staff also need {@code advancesPermission} to see the service. */
public enum Role {
    WORKER,
    STAFF,
    ADMIN
}
