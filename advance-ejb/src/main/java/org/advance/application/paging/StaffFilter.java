package org.advance.application.paging;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the staff tables: one agency (null: all of the caller's) and a range of Paris days on
 * the request date (either end may be open).
 */
public record StaffFilter(Long agencyId, LocalDate from, LocalDate to) implements Serializable {

    public static final StaffFilter NONE = new StaffFilter(null, null, null);
}
