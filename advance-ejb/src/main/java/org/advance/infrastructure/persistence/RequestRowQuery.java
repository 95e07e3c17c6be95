package org.advance.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advance.application.dto.RequestRow;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.SortKey;

/**
 * The one query mechanism behind every request table: conditions and parameters are added by the
 * services, the sort comes from a {@link SortKey} enum, and the database pages, sorts, filters and
 * counts. Rows are projected straight into {@link RequestRow}s (no entity graph, no cartesian
 * pages). The names shown are kept on the request (V6), so neither the page nor the count joins:
 * each sort reads an index of the agency in order.
 */
public final class RequestRowQuery {

    private static final String SELECT = "SELECT NEW org.advance.application.dto.RequestRow("
            + "r.id, r.createdAt, r.workerName, r.agency.id, r.agencyName, r.askedAmount, r.askedMaximum,"
            + " r.workerComment, r.status, r.grantedAmount, r.decisionReason, r.agencyComment, r.decidedAt,"
            + " r.decidedByName) FROM AdvanceRequest r";
    private static final String COUNT = "SELECT COUNT(r) FROM AdvanceRequest r";
    private static final String IDS = "SELECT r.id FROM AdvanceRequest r";
    /** The offset from which a page looks its rows up by id (page 6 of 20 rows). */
    static final int LATE_LOOKUP_FROM = 100;

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition over {@code r} with one named parameter. */
    public RequestRowQuery where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** Adds the condition only when the value is given (an optional filter). */
    public RequestRowQuery whereIfPresent(String condition, String parameter, Object value) {
        return value == null ? this : where(condition, parameter, value);
    }

    public long count(EntityManager em) {
        return bind(em.createQuery(COUNT + whereClause(), Long.class)).getSingleResult();
    }

    /**
     * One page in the sort's order. Deep pages (from {@link #LATE_LOOKUP_FROM} rows on) read their
     * ids first, then only those rows: the database skips the offset's entries in an index instead
     * of reading each skipped row from the table (page 100 of the largest agency: 2 000 rows read
     * for 20 shown).
     */
    public <S extends Enum<S> & SortKey> List<RequestRow> page(EntityManager em, PageRequest<S> page) {
        String direction = page.ascending() ? " ASC" : " DESC";
        String nulls = page.sort().nullable() ? " NULLS LAST" : "";
        String order = " ORDER BY " + page.sort().path() + direction + nulls + ", r.id" + direction;
        if (page.offset() < LATE_LOOKUP_FROM) {
            return bind(em.createQuery(SELECT + whereClause() + order, RequestRow.class))
                    .setFirstResult(page.offset())
                    .setMaxResults(page.limit())
                    .getResultList();
        }
        List<Long> ids = bind(em.createQuery(IDS + whereClause() + order, Long.class))
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RequestRow> rows = em.createQuery(SELECT + " WHERE r.id IN :ids", RequestRow.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(RequestRow::id, Function.identity()));
        return ids.stream().map(rows::get).toList();
    }

    public Optional<RequestRow> single(EntityManager em) {
        return bind(em.createQuery(SELECT + whereClause(), RequestRow.class)).getResultStream().findFirst();
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
