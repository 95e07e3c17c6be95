package org.advance.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The migration list is written by hand (no class-path scanning on the servers): it must name every file. */
class MigrationListTest {

    @Test
    void everyMigrationFileIsListedInOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .toList();
            assertEquals(onDisk, SchemaMigration.MIGRATIONS);
        }
    }

    @Test
    void theProviderServesTheListedFiles() {
        var provider = new SchemaMigration.ListedMigrations(getClass().getClassLoader());
        assertEquals(SchemaMigration.MIGRATIONS.size(), provider.getResources("V", new String[] {".sql"}).size());
        assertEquals("V1__core_schema.sql", provider.getResource("db/migration/V1__core_schema.sql").getFilename());
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }
}
