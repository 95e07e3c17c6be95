package org.advance.application.paging;

/**
 * A column a table may be sorted by. Implemented by enums only, so that the set of sortable
 * columns is closed: a client names a constant, never a query fragment.
 */
public interface SortKey {

    /** The JPQL path sorted on, over the aliases of {@code RequestRowQuery}. */
    String path();

    /** Whether the column may be empty; empty values then sort last in both directions, on every database. */
    default boolean nullable() {
        return false;
    }
}
