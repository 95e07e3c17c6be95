package org.advance.application.paging;

import java.io.Serializable;

/**
 * One page of a table: where it starts, how many rows, and the sort. Bounds are clamped here so
 * that no caller can ask for a million rows.
 */
public record PageRequest<S extends Enum<S> & SortKey>(int offset, int limit, S sort, boolean ascending)
        implements Serializable {

    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (sort == null) {
            throw new IllegalArgumentException("a sort key is required");
        }
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }
}
