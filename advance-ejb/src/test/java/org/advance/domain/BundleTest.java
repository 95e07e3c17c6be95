package org.advance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;
import org.advance.domain.model.RequestStatus;
import org.junit.jupiter.api.Test;

/** French and English say the same things, and every error and status can be said. */
class BundleTest {

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream("/org/advance/i18n/messages_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("fr").stringPropertyNames()), new TreeSet<>(load("en").stringPropertyNames()));
    }

    @Test
    void everyErrorCodeAndStatusHasAMessage() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            Properties p = load(language);
            for (ErrorCode code : ErrorCode.values()) {
                assertTrue(p.containsKey(code.messageKey()), language + " lacks " + code.messageKey());
            }
            for (RequestStatus status : RequestStatus.values()) {
                assertTrue(p.containsKey(status.labelKey()), language + " lacks " + status.labelKey());
            }
        }
    }
}
