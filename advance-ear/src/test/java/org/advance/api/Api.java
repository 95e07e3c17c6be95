package org.advance.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * The mobile app as the tests play it: java.net.http with HTTP Basic (demo logins, password "demo")
 * or the bearer token of an API session, against the deployed EAR. Each call returns the status
 * and the parsed JSON.
 */
final class Api {

    static final String BASE = "http://127.0.0.1:" + System.getProperty("advance.httpPort", "20080") + "/advance/api";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String login;
    private String password = "demo";
    private String language;
    private String token;

    private Api(String login) {
        this.login = login;
    }

    static Api as(String login) {
        return new Api(login);
    }

    Api withPassword(String password) {
        this.password = password;
        return this;
    }

    /** The same client sending this bearer token instead of its password. */
    static Api withToken(String token) {
        Api api = new Api(null);
        api.token = token;
        return api;
    }

    Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    Api inLanguage(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    Reply get(String path) {
        return send(builder(path).GET());
    }

    Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    Reply submit(long employerId, String json, String key) {
        HttpRequest.Builder b = builder("/employers/" + employerId + "/requests").header("Content-Type", "application/json");
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * A JSON object of these names and values, written by JSON-P (so any text is escaped as JSON
     * requires): numbers (Long, Integer, BigDecimal), strings, booleans and null. Bodies that are
     * wrong on purpose (cut, duplicated keys, bad numbers) are written by hand where they are tested.
     */
    static String body(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values go in pairs");
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof BigDecimal number) {
                object.add(name, number);
            } else if (value instanceof Long || value instanceof Integer) {
                object.add(name, ((Number) value).longValue());
            } else if (value instanceof Boolean flag) {
                object.add(name, flag);
            } else if (value instanceof String text) {
                object.add(name, text);
            } else {
                throw new IllegalArgumentException(name + ": no JSON for " + value.getClass());
            }
        }
        return object.build().toString();
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        } else if (login != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location").orElse(null), r.headers().firstValue("Retry-After").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String body, String contentType, String location, String retryAfter) {

        JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        String code() {
            return object().getString("code");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
