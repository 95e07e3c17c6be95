import org.flywaydb.core.Flyway;

/**
 * Brings a PostgreSQL database to the EAR's schema with the EAR's own migration files, exactly as
 * SchemaMigration does at deployment, so that the EAR deployed later finds its history table.
 *
 * java -cp CLASSPATH bin/perf/Migrate.java JDBC_URL MIGRATION_FOLDER
 */
public class Migrate {
    public static void main(String[] args) {
        var result = Flyway.configure()
                .dataSource(args[0], System.getProperty("user", "postgres"), System.getProperty("password", ""))
                .locations("filesystem:" + args[1])
                .load()
                .migrate();
        System.out.println("Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run)");
    }
}
