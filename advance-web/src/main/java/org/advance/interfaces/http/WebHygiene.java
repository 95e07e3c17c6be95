package org.advance.interfaces.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.advance.domain.Languages;

/**
 * The headers and rules every answer of the application gets, pages, API and files alike (mapped
 * first in web.xml):
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (URLs carry
 *   request ids), {@code X-Frame-Options: DENY} and a Permissions-Policy that grants nothing;
 *   <li>a Content-Security-Policy on everything but the Faces pages, whose policy PrimeFaces sets
 *   with a fresh nonce per page (web.xml, {@code primefaces.CSP_POLICY}); the API's forbids all;
 *   <li>{@code Cache-Control: no-store} on pages and API answers: they hold personal data and a
 *   shared computer's browser must not keep them (the versioned scripts and styles stay cacheable);
 *   <li>a URL carrying {@code ;jsessionid=} is sent to the same address without it: a session id in
 *   a URL never authenticates (see the authentication mechanism) and is never carried further;
 *   <li>redirects are written as paths, never with the {@code Host} the client sent.
 * </ul>
 */
public class WebHygiene extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Pages not rendered by Faces (container error pages, the welcome redirect): no script at all. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    /** type/subtype and parameters, in the characters RFC 9110 allows for them. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+\\s*(;\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=(\"[^\"]*\"|[!#$%&'*+.^_`|~0-9A-Za-z-]+)\\s*)*");
    private static final Pattern URL_SESSION = Pattern.compile(";jsessionid=[^/?#]*", Pattern.CASE_INSENSITIVE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = ApiErrors.isApi(path);
        boolean resource = path.startsWith("/jakarta.faces.resource/");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (api) {
            ApiErrors.apiHeaders(response);
        } else {
            pageHeaders(response, !path.endsWith(".xhtml") && !resource, !resource);
        }
        if (URL_SESSION.matcher(request.getRequestURI()).find()) {
            String target = URL_SESSION.matcher(request.getRequestURI()).replaceAll("")
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            if (api) {
                ApiErrors.write(request, response, 400, "BAD_REQUEST", null, "api.error.BAD_REQUEST");
            } else {
                redirect(response, target);
            }
            return;
        }
        if (api && request.getContentType() != null && !isMediaType(request.getContentType())) {
            // A Content-Type JAX-RS cannot even parse: the runtimes answer a 400 of their own before any filter.
            ApiErrors.write(request, response, 415, "UNSUPPORTED_MEDIA_TYPE", null, "api.error.UNSUPPORTED_MEDIA_TYPE");
            return;
        }
        chain.doFilter(api ? ReadableHeaders.of(request) : request, new PathRedirects(request, response));
    }

    /**
     * The headers of a page answer; also set by the authentication mechanism's redirects and by
     * {@link ErrorPages}, which answer before this filter runs or outside it.
     */
    public static void pageHeaders(HttpServletResponse response, boolean withPolicy, boolean noStore) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (withPolicy) {
            response.setHeader("Content-Security-Policy", PAGE_POLICY);
        }
        if (noStore) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Whether a Content-Type can be read at all (whether it is JSON is RequestGuard's question). */
    static boolean isMediaType(String contentType) {
        return MEDIA_TYPE.matcher(contentType).matches();
    }

    /** A 302 to a path of this site, with a Location the container does not prefix with the client's Host. */
    public static void redirect(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", path);
    }

    /**
     * An API call whose Accept-Language cannot be read is answered as if it had none (French):
     * RESTEasy would refuse the whole call with a 400 of its own.
     */
    static final class ReadableHeaders extends jakarta.servlet.http.HttpServletRequestWrapper {

        private ReadableHeaders(HttpServletRequest request) {
            super(request);
        }

        static HttpServletRequest of(HttpServletRequest request) {
            String languages = request.getHeader("Accept-Language");
            if (languages == null) {
                return request;
            }
            try {
                Locale.LanguageRange.parse(languages);
                return request;
            } catch (IllegalArgumentException unreadable) {
                return new ReadableHeaders(request);
            }
        }

        @Override
        public String getHeader(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? java.util.Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaderNames() {
            java.util.List<String> names = java.util.Collections.list(super.getHeaderNames());
            names.removeIf("Accept-Language"::equalsIgnoreCase);
            return java.util.Collections.enumeration(names);
        }

        @Override
        public Locale getLocale() {
            return Languages.DEFAULT;
        }

        @Override
        public java.util.Enumeration<Locale> getLocales() {
            return java.util.Collections.enumeration(java.util.List.of(Languages.DEFAULT));
        }
    }

    /** {@link HttpServletResponse#sendRedirect} as a path: Faces and our pages redirect through it. */
    static final class PathRedirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        PathRedirects(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The answer is already committed");
            }
            resetBuffer();
            redirect((HttpServletResponse) getResponse(), asPath(location, request));
        }
    }

    /**
     * The location as a path of this site: a relative one resolved against the request's path, an
     * absolute one to this site cut to its path. Any other site stays as it is: no such redirect is
     * made from here, and changing it would hide the mistake.
     */
    static String asPath(String location, HttpServletRequest request) {
        if (location.startsWith("/") && !location.startsWith("//")) {
            return location;
        }
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException notAUri) {
            return location;
        }
        if (!uri.isAbsolute()) {
            URI base = URI.create(request.getRequestURI());
            URI resolved = base.resolve(uri);
            return resolved.getRawPath() + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery());
        }
        String host = request.getServerName();
        if (uri.getHost() != null && host != null && uri.getHost().toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))) {
            return (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        return location;
    }
}
