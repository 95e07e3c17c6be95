package org.advance.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one HTTP client of the security suite (java.net.http, redirects never followed, cookies kept
 * by hand so that one client serves every actor), plus a raw socket for what java.net.http refuses
 * to send: a forged Host header. Every answer keeps its headers, since the suite checks them.
 */
final class Http {

    static final int PORT = Integer.getInteger("advance.httpPort", 20080);
    static final String ROOT = "http://127.0.0.1:" + PORT;
    static final String APP = ROOT + "/advance";
    static final String API = APP + "/api";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {}

    /** A request to build: method, URL, headers, body; then {@link #send()}. */
    static final class Call {
        private final String method;
        private final String url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        Call(String method, String url) {
            this.method = method;
            this.url = url;
        }

        Call header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        Call bearer(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        Call basic(String login, String password) {
            return header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        Call json(String json) {
            header("Content-Type", "application/json");
            return body(json);
        }

        Call body(String text) {
            this.body = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        Call bytes(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            this.body = bytes;
            return this;
        }

        Call form(Map<String, String> fields) {
            StringBuilder b = new StringBuilder();
            fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            header("Content-Type", "application/x-www-form-urlencoded");
            return body(b.toString());
        }

        Reply send() {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
            headers.forEach(b::header);
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Reply(r.statusCode(), r.body(), r.headers().map());
            } catch (Exception e) {
                throw new IllegalStateException(method + " " + url + ": " + e, e);
            }
        }
    }

    static Call get(String url) {
        return new Call("GET", url);
    }

    static Call post(String url) {
        return new Call("POST", url);
    }

    static Call call(String method, String url) {
        return new Call(method, url);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A request written by hand on a socket: header values go out as the given bytes (a forged Host,
     * UTF-8 bytes in a header), which java.net.http does not allow.
     */
    static Reply raw(String method, String path, List<String[]> headers, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(60_000);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
            boolean host = false;
            for (String[] h : headers) {
                host |= h[0].equalsIgnoreCase("Host");
                out.write((h[0] + ": ").getBytes(StandardCharsets.ISO_8859_1));
                out.write(h[1].getBytes(h.length > 2 ? java.nio.charset.Charset.forName(h[2]) : StandardCharsets.ISO_8859_1));
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            if (!host) {
                out.write(("Host: 127.0.0.1:" + PORT + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write(("Connection: close\r\nContent-Length: " + (body == null ? 0 : body.length) + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            OutputStream os = socket.getOutputStream();
            os.write(out.toByteArray());
            os.flush();
            InputStream in = socket.getInputStream();
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String rest = end < 0 ? "" : text.substring(end + 4);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    map.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(lines[i].substring(colon + 1).trim());
                }
            }
            boolean chunked = map.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.contains("chunked"));
            return new Reply(status, chunked ? dechunk(rest) : rest, map);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    private static String dechunk(String body) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) {
                break;
            }
            int size;
            try {
                size = Integer.parseInt(body.substring(i, eol).split(";")[0].trim(), 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            // sizes count bytes; the demo's answers here are ASCII pages and JSON: close enough
            int start = eol + 2;
            int stop = Math.min(body.length(), start + size);
            b.append(body, start, stop);
            i = stop + 2;
        }
        return b.toString();
    }

    /** An answer: status, body, headers (names in lower case). */
    record Reply(int status, String body, Map<String, List<String>> headers) {

        Optional<String> header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return Optional.of(String.join(", ", e.getValue()));
                }
            }
            return Optional.empty();
        }

        List<String> all(String name) {
            List<String> values = new ArrayList<>();
            headers.forEach((k, v) -> {
                if (k.equalsIgnoreCase(name)) {
                    values.addAll(v);
                }
            });
            return values;
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        String location() {
            return header("Location").orElse(null);
        }

        boolean isJson() {
            return contentType().toLowerCase(Locale.ROOT).startsWith("application/json");
        }

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

        /** The session cookie this answer sets, as sent (attributes included), if any. */
        Optional<String> sessionCookie() {
            return all("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((a, b) -> b);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
            return status + " " + contentType() + " " + shown;
        }
    }
}
