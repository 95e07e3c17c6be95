package org.advance.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The API's one JSON-B configuration, for answers: times (stored as UTC) go out as instants with a
 * "Z", so the app shows them in the user's zone. Request bodies are read strictly by
 * {@link JsonBody}, not bound by JSON-B, which converts between types and lets a repeated key win.
 */
@Provider
public class Json implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(new UtcTimes()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
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
