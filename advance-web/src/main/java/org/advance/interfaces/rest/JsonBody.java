package org.advance.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * A request body read strictly, with the JSON-P streaming parser: exactly one JSON object and
 * nothing after it; each key once; only the keys the operation knows; each value of the JSON type
 * the API documents (docs/api.md), with no conversion between types. JSON {@code null} is a value
 * not given. Each refusal is a {@link BadInput} that names the key, so the client learns what to
 * mend instead of a bare "malformed".
 */
final class JsonBody {

    /** Far above any body of this API (a comment is at most 500 characters): a larger one is refused unread. */
    static final int MAX_CHARS = 16 * 1024;

    private static final JsonParserFactory PARSERS = JsonProvider.provider().createParserFactory(Map.of());

    private final Map<String, JsonValue> values;

    private JsonBody(Map<String, JsonValue> values) {
        this.values = values;
    }

    /** An empty body where the operation allows one (a decision without amount, reason or comment). */
    static JsonBody empty() {
        return new JsonBody(Map.of());
    }

    static JsonBody parse(String body, Set<String> known) {
        if (body == null || body.isBlank()) {
            throw new BadInput(BadInput.Code.MALFORMED_JSON, null);
        }
        if (body.length() > MAX_CHARS) {
            throw new BadInput(BadInput.Code.PAYLOAD_TOO_LARGE, null);
        }
        Map<String, JsonValue> values = new LinkedHashMap<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new BadInput(BadInput.Code.MALFORMED_JSON, null);
            }
            while (true) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    break;
                }
                // Inside an object the parser yields a key next, or the end.
                String key = parser.getString();
                parser.next();
                JsonValue value = parser.getValue();
                if (values.containsKey(key)) {
                    throw new BadInput(BadInput.Code.DUPLICATE_KEY, key, key);
                }
                values.put(key, value);
            }
            // Nothing may follow the object but white space: "{...} xyz" or "{...}{...}" is not one body.
            if (parser.hasNext()) {
                throw new BadInput(BadInput.Code.MALFORMED_JSON, null);
            }
        } catch (JsonParsingException | java.util.NoSuchElementException | IllegalStateException e) {
            throw new BadInput(BadInput.Code.MALFORMED_JSON, null);
        } catch (jakarta.json.JsonException e) {
            throw new BadInput(BadInput.Code.MALFORMED_JSON, null);
        }
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new BadInput(BadInput.Code.UNKNOWN_FIELD, key, key);
            }
        }
        return new JsonBody(values);
    }

    /** An amount in euros: a JSON number (never a string, so "12,5" or "12 €" cannot be half-read). */
    BigDecimal amount(String key) {
        JsonValue value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        throw wrongType(key, "api.type.amount");
    }

    /** An id: a whole JSON number. */
    Long id(String key) {
        JsonValue value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigIntegerValue().longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new BadInput(BadInput.Code.INVALID_NUMBER, key);
            }
        }
        throw wrongType(key, "api.type.integer");
    }

    Boolean bool(String key) {
        JsonValue value = value(key);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw wrongType(key, "api.type.boolean");
    }

    String text(String key) {
        JsonValue value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw wrongType(key, "api.type.text");
    }

    private JsonValue value(String key) {
        JsonValue value = values.get(key);
        return value == null || value == JsonValue.NULL ? null : value;
    }

    private static BadInput wrongType(String key, String expected) {
        return new BadInput(BadInput.Code.INVALID_TYPE, key, key, expected);
    }

    /** For tests and logs: the keys given, in order. */
    Set<String> keys() {
        return values.keySet();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("JsonBody");
        for (Entry<String, JsonValue> e : values.entrySet()) {
            out.append(' ').append(e.getKey()).append('=').append(e.getValue().getValueType());
        }
        return out.toString();
    }
}
