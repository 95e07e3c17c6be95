package org.advance.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.persistence.internal.jpa.rs.weaving.PersistenceWeavedRest;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.eclipse.persistence.internal.weaving.PersistenceWeavedLazy;
import org.junit.jupiter.api.Test;

/**
 * The build weaves every entity (persistence.xml says eclipselink.weaving=static, and neither
 * server weaves at deployment): an unwoven entity would load its LAZY to-one associations at once.
 */
class WovenEntitiesTest {

    @Test
    void everyEntityOfTheModuleIsWovenForLazyLoading() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
        int entities = 0;
        for (String name : names) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (type.isAnnotationPresent(Entity.class)) {
                entities++;
                assertTrue(PersistenceWeaved.class.isAssignableFrom(type), name + " is not woven");
                // JPA-RS weaving refers to classes Payara does not ship: the deployment would fail.
                assertFalse(PersistenceWeavedRest.class.isAssignableFrom(type), name + " is woven for JPA-RS");
                if (Stream.of(type.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(ManyToOne.class)
                        || f.isAnnotationPresent(OneToOne.class))) {
                    assertTrue(PersistenceWeavedLazy.class.isAssignableFrom(type), name + " is not woven for lazy loading");
                }
            }
        }
        assertEquals(12, entities, "the entities of the module (a new one: count it here)");
    }
}
