package org.advance.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.advance.domain.Languages;
import org.advance.domain.PublicAddress;
import org.advance.interfaces.http.ApiError;
import org.advance.interfaces.http.ApiErrors;

/**
 * What every API call must be before any resource sees it, the same for every endpoint:
 * <ul>
 *   <li>a call that changes something (POST, PUT, PATCH, DELETE) and comes from a browser page of
 *   another site is refused (403 CROSS_SITE): the browser says so in {@code Origin} or
 *   {@code Sec-Fetch-Site}. A client that is not a browser sends neither and is not affected;
 *   <li>a body is JSON: another Content-Type, or none, is 415 UNSUPPORTED_MEDIA_TYPE. Together
 *   with the first rule, a form of another site cannot drive the API with a browser's cached
 *   credentials (a {@code text/plain} form needs no preflight);
 *   <li>a body larger than {@link JsonBody#MAX_CHARS} is refused unread (413).
 * </ul>
 * On the way out, a {@code Location} is made a path without scheme and host, so that a forged
 * {@code Host} header cannot point the client elsewhere.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestGuard implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (CHANGING.contains(method) && isCrossSite(request)) {
            refuse(request, BadInput.Code.CROSS_SITE);
            return;
        }
        if (request.getLength() > JsonBody.MAX_CHARS * 4L) {
            refuse(request, BadInput.Code.PAYLOAD_TOO_LARGE);
            return;
        }
        if (hasBody(request) && !isJson(mediaType(request))) {
            refuse(request, BadInput.Code.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        URI location = response.getLocation();
        if (location != null && location.isAbsolute()) {
            String path = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
            response.getHeaders().putSingle(HttpHeaders.LOCATION, path);
        }
    }

    /** The body's media type, or null when there is none or it cannot be read ("garbage/"). */
    private static MediaType mediaType(ContainerRequestContext request) {
        try {
            return request.getMediaType();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * Whether the call carries a body: by its headers, since before matching RESTEasy reports no
     * entity for a stream it has not read yet.
     */
    private static boolean hasBody(ContainerRequestContext request) {
        return request.hasEntity() || request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    /** application/json, in UTF-8 when a charset is named (RFC 8259 allows no other). */
    static boolean isJson(MediaType type) {
        if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType()
                || type.isWildcardSubtype()) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || "utf-8".equalsIgnoreCase(charset.strip());
    }

    /**
     * A browser names the page's origin on every cross-origin POST, and modern ones say
     * "cross-site" in Sec-Fetch-Site. Same origin means the configured public address of the
     * application, or the address the browser itself asked (its Host, which a page of another site
     * cannot choose for the browser).
     */
    private static boolean isCrossSite(ContainerRequestContext request) {
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite) || "same-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return false;
        }
        String normal = origin.strip().toLowerCase(Locale.ROOT);
        if (normal.equals(origin(PublicAddress.baseUrl()))) {
            return false;
        }
        URI asked = request.getUriInfo().getBaseUri();
        return !normal.equals(origin(asked.getScheme() + "://" + asked.getRawAuthority()));
    }

    /** scheme://host[:port] of a URL, lower case, without a default port. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }

    private static void refuse(ContainerRequestContext request, BadInput.Code code) {
        Locale locale;
        try {
            locale = ApiErrors.locale(request.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            locale = Languages.DEFAULT;
        }
        request.abortWith(Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(code.name(), null, ApiErrors.message(locale, "api.error." + code.name())))
                .build());
    }
}
