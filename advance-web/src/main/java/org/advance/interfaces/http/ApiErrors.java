package org.advance.interfaces.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.advance.domain.Languages;
import org.advance.domain.text.Texts;

/**
 * The API's error answer {@link ApiError} wherever it is made: by the exception mapper inside JAX-RS,
 * and outside it, where the servlet container or the authentication mechanism answers before any
 * resource is reached (401, 429, unknown addresses, container errors). One wording, one language
 * rule: the first of fr/en the client accepts, French otherwise.
 */
public final class ApiErrors {

    /** Writes the error outside JAX-RS (three strings: nothing to configure). */
    private static final Jsonb JSONB = JsonbBuilder.create();

    public static final String BUNDLE = Texts.BUNDLE;

    /** The Content-Security-Policy of every API answer: JSON is never a document that runs anything. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private ApiErrors() {}

    /**
     * The headers of every API answer. Set here as well as by the web filter, because the answers
     * of the authentication mechanism (401, 429) are made before any filter runs.
     */
    public static void apiHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", API_POLICY);
        response.setHeader("Cache-Control", "no-store");
    }

    /** Writes the JSON error as the whole answer, unless the answer is already on its way. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
            String field, String key, Object... args) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        apiHeaders(response);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String message = message(locale(request == null ? null : acceptLanguage(request)), key, args);
        response.getWriter().write(JSONB.toJson(new ApiError(code, field, message)));
        response.getWriter().flush();
    }

    /** The code and bundle key of an answer made from an HTTP status alone (the runtime's or the container's). */
    public record Error(String code, String key) {}

    /** Our code and sentence for each status that JAX-RS or the container answers by itself. */
    public static Error forStatus(int status) {
        return switch (status) {
            case 401 -> new Error("UNAUTHENTICATED", "api.error.UNAUTHENTICATED");
            case 403 -> new Error("NOT_ALLOWED", "error.NOT_ALLOWED");
            case 404 -> new Error("NOT_FOUND", "api.error.NO_SUCH_RESOURCE");
            case 405 -> new Error("METHOD_NOT_ALLOWED", "api.error.METHOD");
            case 406 -> new Error("NOT_ACCEPTABLE", "api.error.MEDIA_TYPE");
            case 413 -> new Error("PAYLOAD_TOO_LARGE", "api.error.PAYLOAD_TOO_LARGE");
            case 415 -> new Error("UNSUPPORTED_MEDIA_TYPE", "api.error.UNSUPPORTED_MEDIA_TYPE");
            case 429 -> new Error("TOO_MANY_ATTEMPTS", "api.error.TOO_MANY_ATTEMPTS");
            default -> status >= 500 ? new Error("INTERNAL", "api.error.INTERNAL")
                    : new Error("BAD_REQUEST", "api.error.BAD_REQUEST");
        };
    }

    /** Whether a path of this application (after the context path) belongs to the HTTP API. */
    public static boolean isApi(String pathInContext) {
        return pathInContext != null && (pathInContext.startsWith("/api/") || pathInContext.equals("/api"));
    }

    /** The first of fr/en among the accepted languages, in the client's order; French otherwise. */
    public static Locale locale(List<Locale> accepted) {
        return Languages.firstOf(accepted);
    }

    private static List<Locale> acceptLanguage(HttpServletRequest request) {
        try {
            String header = request.getHeader("Accept-Language");
            if (header == null || header.isBlank()) {
                return List.of();
            }
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
        } catch (RuntimeException malformedHeader) {
            // A header that cannot be read is a header not given.
            Enumeration<Locale> none = Collections.emptyEnumeration();
            return Collections.list(none);
        }
    }

    /** The bundle's sentence with its arguments formatted for the reader (amounts, statuses, types). */
    public static String message(Locale locale, String key, Object... args) {
        return Texts.sentence(locale, key, args);
    }
}
