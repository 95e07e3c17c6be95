package org.advance.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * SQL statements kept in files of {@code db/statements/} because scripts outside the application
 * run them too (bin/benchmark.sh, the data generator): one statement per line, {@code --} lines
 * are comments. Read once, when the class loads.
 */
public final class Statements {

    /** Counts request_tally again from the requests: a DELETE, then an INSERT ... SELECT. */
    public static final List<String> TALLY_REBUILD = read("tally-rebuild.sql");
    /**
     * The digest's count of requests to process per staff member and agency, for the staff with the
     * advances permission whose ids lie between the two positional parameters (a page of the reader).
     */
    public static final String DIGEST_COUNT = String.join(" ", read("digest-count.sql"));

    private Statements() {}

    static List<String> read(String name) {
        String path = "db/statements/" + name;
        try (InputStream in = Statements.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("--"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
