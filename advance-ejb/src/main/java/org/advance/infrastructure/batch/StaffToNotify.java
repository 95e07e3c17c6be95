package org.advance.infrastructure.batch;

import java.io.Serializable;

/** The reader's item: a staff member with the advances permission, as much as his digest needs. */
public record StaffToNotify(long id, String email, String fullName, String language) implements Serializable {}
