package org.advance.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Brings the database schema up to date at deployment, before anything else touches it. The
 * migrations are listed here rather than scanned: class-path scanning differs between Payara's
 * class loaders and WildFly's VFS, a fixed list works the same on both.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    /** Every migration in src/main/resources/db/migration, in order (a unit test checks the list). */
    public static final List<String> MIGRATIONS = List.of(
            "V1__core_schema.sql",
            "V2__mail_outbox.sql",
            "V3__request_table_indexes.sql",
            "V4__request_count_index.sql",
            "V5__api_session.sql",
            "V6__request_sort_keys.sql",
            "V7__request_tally.sql",
            "V8__mail_claim_token.sql",
            "V9__request_dated_count_indexes.sql",
            "V10__outbox_sender.sql",
            "V11__text_columns_and_login_throttle.sql",
            "V12__password_hash_format.sql");

    static final String FOLDER = "db/migration/";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        ClassLoader loader = SchemaMigration.class.getClassLoader();
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .resourceProvider(new ListedMigrations(loader))
                .javaMigrationClassProvider(List::of)
                .failOnMissingLocations(false)
                // The server's own tables (WildFly's JBOSS_EJB_TIMER and JBeret's job tables, Payara's
                // timer and batch tables) live in the same database and may be created before this
                // runs: a schema holding only those is still "fresh" for us. Baseline 0 keeps V1 due;
                // a database that really holds our tables without history still fails loudly in V1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run now) on " + result.database);
    }

    /** Serves the listed migrations from this jar. */
    static final class ListedMigrations implements ResourceProvider {

        private final ClassLoader loader;

        ListedMigrations(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public LoadableResource getResource(String name) {
            String file = name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : name;
            return MIGRATIONS.contains(file) ? new Migration(loader, file) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return MIGRATIONS.stream()
                    .filter(file -> file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith))
                    .map(file -> (LoadableResource) new Migration(loader, file))
                    .toList();
        }
    }

    static final class Migration extends LoadableResource {

        private final ClassLoader loader;
        private final String file;

        Migration(ClassLoader loader, String file) {
            this.loader = loader;
            this.file = file;
        }

        @Override
        public Reader read() {
            return new InputStreamReader(
                    Objects.requireNonNull(loader.getResourceAsStream(FOLDER + file), FOLDER + file + " is missing"),
                    StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return FOLDER + file;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return file;
        }
    }
}
