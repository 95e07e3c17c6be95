package org.advance.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The API's one JSON-B configuration: times (stored as UTC) go out as instants with a "Z", so the
 * app shows them in the user's zone. Request bodies are read through {@link #read}, so a malformed
 * body is a {@link BadInput} on every server instead of each JAX-RS implementation's own answer.
 */
@Provider
public class Json implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(new UtcTimes()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new BadInput(BadInput.Code.MALFORMED_JSON, null);
        }
        try {
            T value = JSONB.fromJson(body, type);
            if (value == null) {
                throw new BadInput(BadInput.Code.MALFORMED_JSON, null);
            }
            return value;
        } catch (JsonbException | IllegalArgumentException | ArithmeticException e) {
            throw new BadInput(BadInput.Code.MALFORMED_JSON, null);
        }
    }

    public static final class UtcTimes implements JsonbAdapter<LocalDateTime, String> {
        @Override
        public String adaptToJson(LocalDateTime utc) {
            return utc.toInstant(ZoneOffset.UTC).toString();
        }

        @Override
        public LocalDateTime adaptFromJson(String text) {
            return LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
        }
    }
}
