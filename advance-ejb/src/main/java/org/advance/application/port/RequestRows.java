package org.advance.application.port;

import java.util.List;
import java.util.Optional;
import org.advance.application.dto.RequestRow;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.SortKey;

/**
 * The rows of every request table: the database pages, sorts, filters and counts. The selection is
 * a typed value and the sort a {@link SortKey} constant, so that no caller's text reaches a query.
 */
public interface RequestRows {

    long count(RequestSelection selection);

    <S extends Enum<S> & SortKey> List<RequestRow> page(RequestSelection selection, PageRequest<S> page);

    /** One request's row, by its id (access is checked by the caller). */
    Optional<RequestRow> row(long requestId);
}
