package org.advance.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.advance.application.paging.StaffSort;
import org.advance.application.paging.WorkerSort;
import org.advance.application.port.RequestRows;
import org.advance.application.port.RequestSelection;
import org.advance.domain.model.RequestStatus;

/**
 * The one query behind every request table: the selection becomes conditions of this class's own,
 * the sort key an attribute of this class's own, and the database pages, sorts, filters and
 * counts. Rows are projected straight into {@link RequestRow}s (no entity graph, no cartesian
 * pages). The names shown are kept on the request (V6), so neither the page nor the count joins:
 * each sort reads an index of the agency in order.
 *
 * <p>The projection is built from {@link #ROW_ATTRIBUTES}, one attribute of {@code AdvanceRequest}
 * per component of the record, in its order; a unit test checks names and types against both, so
 * a changed record or a renamed field fails the build.
 */
@Dependent
public class JpaRequestRows implements RequestRows {

    /** The attributes of {@code AdvanceRequest r} behind each component of {@link RequestRow}, in order. */
    static final List<String> ROW_ATTRIBUTES = List.of("id", "createdAt", "workerName", "agency.id", "agencyName",
            "askedAmount", "askedMaximum", "workerComment", "status", "grantedAmount", "decisionReason",
            "agencyComment", "decidedAt", "decidedByName");
    static final String SELECT = "SELECT NEW " + RequestRow.class.getName() + "("
            + ROW_ATTRIBUTES.stream().map(a -> "r." + a).collect(Collectors.joining(", ")) + ") FROM AdvanceRequest r";
    private static final String COUNT = "SELECT COUNT(r) FROM AdvanceRequest r";
    private static final String IDS = "SELECT r.id FROM AdvanceRequest r";
    /** The offset from which a page looks its rows up by id (page 6 of 20 rows). */
    static final int LATE_LOOKUP_FROM = 100;

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Override
    public long count(RequestSelection selection) {
        Where where = new Where(selection);
        return where.none ? 0 : where.bind(em.createQuery(COUNT + where, Long.class)).getSingleResult();
    }

    /**
     * One page in the sort's order. Deep pages (from {@link #LATE_LOOKUP_FROM} rows on) read their
     * ids first, then only those rows: the database skips the offset's entries in an index instead
     * of reading each skipped row from the table (page 100 of the largest agency: 2 000 rows read
     * for 20 shown).
     */
    @Override
    public <S extends Enum<S> & SortKey> List<RequestRow> page(RequestSelection selection, PageRequest<S> page) {
        Where where = new Where(selection);
        if (where.none) {
            return List.of();
        }
        String direction = page.ascending() ? " ASC" : " DESC";
        String nulls = page.sort().nullable() ? " NULLS LAST" : "";
        String order = " ORDER BY r." + attribute(page.sort()) + direction + nulls + ", r.id" + direction;
        if (page.offset() < LATE_LOOKUP_FROM) {
            return where.bind(em.createQuery(SELECT + where + order, RequestRow.class))
                    .setFirstResult(page.offset())
                    .setMaxResults(page.limit())
                    .getResultList();
        }
        List<Long> ids = where.bind(em.createQuery(IDS + where + order, Long.class))
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

    @Override
    public Optional<RequestRow> row(long requestId) {
        return em.createQuery(SELECT + " WHERE r.id = :id", RequestRow.class)
                .setParameter("id", requestId)
                .getResultStream().findFirst();
    }

    /** The attribute of {@code AdvanceRequest} a sort key sorts on (the whitelist's other half). */
    static String attribute(SortKey sort) {
        if (sort instanceof WorkerSort worker) {
            return switch (worker) {
                case DATE -> "createdAt";
                case AMOUNT -> "askedAmount";
                case AGENCY -> "agencyName";
            };
        }
        if (sort instanceof StaffSort staff) {
            return switch (staff) {
                case DATE -> "createdAt";
                case WORKER -> "workerName";
                case AGENCY -> "agencyName";
                case AMOUNT -> "askedAmount";
                case STATUS -> "status";
                case GRANTED -> "grantedAmount";
                case DECIDED_AT -> "decidedAt";
                case DECIDED_BY -> "decidedByName";
                case ID -> "id";
            };
        }
        throw new IllegalArgumentException("no attribute for the sort key " + sort);
    }

    /** The conditions of a selection over {@code r}, and their parameters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        /** Agencies asked for, but none: nothing to read. */
        private final boolean none;

        Where(RequestSelection s) {
            none = s.byAgencies() && s.agencyIds().isEmpty();
            add(s.workerId(), "r.worker.id = :worker", "worker");
            add(s.employerId(), "r.employer.id = :employer", "employer");
            if (s.byAgencies() && !none) {
                add(s.agencyIds(), "r.agency.id IN :agencies", "agencies");
            }
            add(s.createdFrom(), "r.createdAt >= :from", "from");
            add(s.createdBefore(), "r.createdAt < :to", "to");
            if (s.byAgencies()) {
                add(RequestStatus.SENT, s.waiting() ? "r.status = :status" : "r.status <> :status", "status");
            }
        }

        private void add(Object value, String condition, String parameter) {
            if (value != null) {
                conditions.add(condition);
                parameters.put(parameter, value);
            }
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
