package org.advance.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.advance.application.dto.RequestRow;
import org.advance.application.paging.SortKey;
import org.advance.application.paging.StaffSort;
import org.advance.application.paging.WorkerSort;
import org.advance.domain.model.AdvanceRequest;
import org.junit.jupiter.api.Test;

/**
 * The table query's projection and sorts against the record and the entity: a component added,
 * removed, reordered or retyped in {@link RequestRow}, or a field of {@link AdvanceRequest} renamed,
 * fails here instead of on the first click.
 */
class RequestRowMappingTest {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(long.class, Long.class, boolean.class, Boolean.class,
            int.class, Integer.class);

    @Test
    void everyComponentOfTheRowIsTheSameNamedAttributeOfTheRequestInTheSameOrderAndType() {
        RecordComponent[] components = RequestRow.class.getRecordComponents();
        List<String> attributes = JpaRequestRows.ROW_ATTRIBUTES;
        assertEquals(components.length, attributes.size(),
                "RequestRow has " + components.length + " components, the query selects " + attributes.size());
        for (int i = 0; i < components.length; i++) {
            String attribute = attributes.get(i);
            assertEquals(components[i].getName(), camelCase(attribute), "component " + i);
            assertEquals(boxed(components[i].getType()), boxed(typeOf(attribute)), attribute);
        }
        assertTrue(JpaRequestRows.SELECT.startsWith("SELECT NEW " + RequestRow.class.getName() + "(r.id, r.createdAt,"),
                JpaRequestRows.SELECT);
    }

    /** The constructor the query calls is the record's canonical one, with the types the attributes have. */
    @Test
    void theRecordHasTheConstructorTheQueryCalls() throws Exception {
        Class<?>[] types = Arrays.stream(RequestRow.class.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        assertEquals(types.length, RequestRow.class.getDeclaredConstructor(types).getParameterCount());
    }

    @Test
    void everySortKeySortsOnAnAttributeOfTheRequest() {
        for (SortKey key : List.<SortKey[]>of(WorkerSort.values(), StaffSort.values()).stream()
                .flatMap(Arrays::stream).toList()) {
            typeOf(JpaRequestRows.attribute(key));
        }
        assertEquals("decidedByName", JpaRequestRows.attribute(StaffSort.DECIDED_BY));
        assertEquals("agencyName", JpaRequestRows.attribute(WorkerSort.AGENCY));
    }

    @Test
    void aSortKeyOfNoTableHasNoAttribute() {
        SortKey stranger = new SortKey() {};
        assertThrows(IllegalArgumentException.class, () -> JpaRequestRows.attribute(stranger));
    }

    /** "agency.id" is the component agencyId. */
    private static String camelCase(String attribute) {
        String[] parts = attribute.split("\\.");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }

    /** The Java type of a path of fields from AdvanceRequest; fails when a field of the path does not exist. */
    private static Class<?> typeOf(String attribute) {
        Class<?> type = AdvanceRequest.class;
        for (String name : attribute.split("\\.")) {
            type = field(type, name).getType();
        }
        return type;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(type.getSimpleName() + " has no field " + name, e);
        }
    }

    private static Class<?> boxed(Class<?> type) {
        return BOXED.getOrDefault(type, type);
    }
}
