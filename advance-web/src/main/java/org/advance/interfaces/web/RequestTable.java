package org.advance.interfaces.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.advance.application.dto.RequestRow;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.SortKey;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one lazy model behind every request table (worker's "Mes demandes", staff's "Demandes à
 * traiter" and "Historique des demandes"). It holds one page at a time and asks a service for it;
 * the column a user sorts on is looked up among the constants of a {@link SortKey} enum (the
 * whitelist: an unknown name sorts by the default), row keys are request ids, and the count is
 * asked again only when the filter changes or after {@link #refresh()}.
 *
 * @param <S> the table's sort keys
 * @param <F> the table's filter (a value with equals)
 */
public class RequestTable<S extends Enum<S> & SortKey, F extends Serializable> extends LazyDataModel<RequestRow> {

    private static final long serialVersionUID = 1L;

    /** How many rows the filter gives: a service's count method. */
    public interface Count<F> extends Serializable {
        long count(F filter);
    }

    /** The rows of one page: a service's method that lists them. */
    public interface Rows<S extends Enum<S> & SortKey, F> extends Serializable {
        List<RequestRow> page(F filter, PageRequest<S> page);
    }

    /** The table's current filter, read at each load. */
    public interface Filter<F> extends Supplier<F>, Serializable {}

    private final Class<S> sortKeys;
    private final S defaultSort;
    private final boolean defaultAscending;
    private final Filter<F> filter;
    private final Count<F> counter;
    private final Rows<S, F> rows;

    private boolean counted;
    private F countedFilter;
    private long count;
    private List<RequestRow> page = List.of();

    public RequestTable(Class<S> sortKeys, S defaultSort, boolean defaultAscending, Filter<F> filter,
            Count<F> counter, Rows<S, F> rows) {
        this.sortKeys = sortKeys;
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
        this.filter = filter;
        this.counter = counter;
        this.rows = rows;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        F current = filter.get();
        if (!counted || !Objects.equals(current, countedFilter)) {
            count = counter.count(current);
            countedFilter = current;
            counted = true;
        }
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    @Override
    public List<RequestRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(m -> m.getOrder() != null && !m.getOrder().isUnsorted())
                .findFirst().orElse(null);
        S named = sort == null ? null : sortKey(sort.getField());
        // An unknown column is not an error a user can fix: the table falls back to its default order.
        S key = named == null ? defaultSort : named;
        boolean ascending = named == null ? defaultAscending : sort.getOrder() == SortOrder.ASCENDING;
        page = rows.page(filter.get(), new PageRequest<>(first, pageSize, key, ascending));
        return page;
    }

    /** The sort key a column names (the whitelist), or null for any other name. */
    S sortKey(String field) {
        for (S constant : sortKeys.getEnumConstants()) {
            if (constant.name().equals(field)) {
                return constant;
            }
        }
        return null;
    }

    /** Rows have changed (a request was sent, answered, cancelled): count again at the next load. */
    public void refresh() {
        counted = false;
    }

    @Override
    public String getRowKey(RequestRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public RequestRow getRowData(String rowKey) {
        return page.stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
