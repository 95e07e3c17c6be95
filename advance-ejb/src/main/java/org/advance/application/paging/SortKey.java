package org.advance.application.paging;

/**
 * A column a table may be sorted by. Implemented by enums only, so that the set of sortable
 * columns is closed: a client names a constant, never a query fragment. Which attribute each
 * constant sorts on is the repository's business ({@code infrastructure.persistence.JpaRequestRows}).
 */
public interface SortKey {

    /** Whether the column may be empty; empty values then sort last in both directions, on every database. */
    default boolean nullable() {
        return false;
    }
}
