package org.advance.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advance.application.dto.RequestRow;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.StaffFilter;
import org.advance.application.paging.StaffSort;
import org.advance.domain.model.RequestStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class RequestTableTest {

    private final List<PageRequest<StaffSort>> pages = new ArrayList<>();
    private int counts;
    private StaffFilter filter = StaffFilter.NONE;

    private final RequestTable<StaffSort, StaffFilter> table = new RequestTable<>(StaffSort.class, StaffSort.DATE,
            true, () -> filter,
            f -> {
                counts++;
                return 42;
            },
            (f, page) -> {
                pages.add(page);
                return List.of(row(7), row(8));
            });

    private static RequestRow row(long id) {
        return new RequestRow(id, LocalDateTime.now(), "w", 1, "a", java.math.BigDecimal.TEN, false, null,
                RequestStatus.SENT, null, null, null, null, null);
    }

    private static Map<String, SortMeta> sort(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void sortsByTheEnumConstantTheColumnNames() {
        table.load(20, 10, sort("AMOUNT", SortOrder.DESCENDING), Map.of());
        PageRequest<StaffSort> page = pages.get(0);
        assertEquals(StaffSort.AMOUNT, page.sort());
        assertFalse(page.ascending());
        assertEquals(20, page.offset());
        assertEquals(10, page.limit());
    }

    @Test
    void anUnknownColumnSortsByTheDefault() {
        table.load(0, 10, sort("r.id; DROP TABLE advance_request", SortOrder.DESCENDING), Map.of());
        assertEquals(StaffSort.DATE, pages.get(0).sort());
        assertTrue(pages.get(0).ascending(), "the default direction too");
        table.load(0, 10, Map.of(), Map.of());
        assertEquals(StaffSort.DATE, pages.get(1).sort());
    }

    @Test
    void countsAgainOnlyWhenTheFilterChangesOrRowsChanged() {
        assertEquals(42, table.count(Map.of()));
        table.count(Map.of());
        assertEquals(1, counts, "same filter: no second count");
        filter = new StaffFilter(3L, LocalDate.of(2026, 1, 1), null);
        table.count(Map.of());
        assertEquals(2, counts);
        table.refresh();
        table.count(Map.of());
        assertEquals(3, counts);
    }

    @Test
    void rowsAreKeyedByTheirId() {
        table.load(0, 10, Map.of(), Map.of());
        assertEquals("8", table.getRowKey(row(8)));
        assertEquals(8, table.getRowData("8").id());
        assertNull(table.getRowData("9"), "only rows of the page held");
    }
}
