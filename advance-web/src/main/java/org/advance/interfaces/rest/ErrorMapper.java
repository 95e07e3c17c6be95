package org.advance.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.text.Texts;
import org.advance.interfaces.http.ApiError;
import org.advance.interfaces.http.ApiErrors;

/**
 * Turns every failure into {@link ApiError} JSON in the language of Accept-Language (French by
 * default): refusals of the services keep their code and field; unreadable input is 400 (or the
 * status its code names); the JAX-RS runtime's own refusals (no such address, method or media
 * type) get a code of ours; an unexpected failure is logged and answered 500 with a sentence,
 * never a stack trace or a class name.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        Locale locale = locale(headers);
        if (e instanceof AdvanceException refusal) {
            return json(status(refusal.code()), new ApiError(refusal.code().name(), refusal.field(),
                    Texts.refusal(locale, refusal)));
        }
        if (e instanceof BadInput bad) {
            return json(bad.code().status(), new ApiError(bad.code().name(), bad.field(),
                    message(locale, "api.error." + bad.code().name(), bad.args())));
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "Failure of an API call", thrown);
                return json(500, new ApiError("INTERNAL", null, message(locale, "api.error.INTERNAL")));
            }
            return json(status, runtimeRefusal(status, locale));
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", thrown);
        return json(500, new ApiError("INTERNAL", null, message(locale, "api.error.INTERNAL")));
    }

    /** The runtime's own 4xx (no such address, method, media type): our code and sentence for each. */
    static ApiError runtimeRefusal(int status, Locale locale) {
        ApiErrors.Error error = ApiErrors.forStatus(status);
        return new ApiError(error.code(), null, message(locale, error.key()));
    }

    static int status(ErrorCode code) {
        return switch (code) {
            case NOT_FOUND -> 404;
            case NOT_ALLOWED -> 403;
            case ALREADY_DECIDED, OPEN_REQUEST_EXISTS, REQUEST_CLOSED -> 409;
            default -> 400;
        };
    }

    /** The first of fr/en the client accepts, in its order of preference; French otherwise. */
    static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            try {
                return ApiErrors.locale(headers.getAcceptableLanguages());
            } catch (RuntimeException malformedHeader) {
                // A header that cannot be read is a header not given.
            }
        }
        return ApiErrors.locale(List.of());
    }

    static String message(Locale locale, String key, Object... args) {
        return ApiErrors.message(locale, key, args);
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }
}
