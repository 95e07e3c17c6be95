package org.advance.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.model.RequestStatus;

/**
 * Turns every failure into {@link ApiError} JSON in the language of Accept-Language (French by
 * default): refusals of the services keep their code and field; unreadable input is 400; an
 * unexpected failure is logged and answered 500 with a sentence, never a stack trace.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    static final String BUNDLE = "org.advance.i18n.messages";
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        Locale locale = locale(headers);
        if (e instanceof AdvanceException refusal) {
            return json(status(refusal.code()), new ApiError(refusal.code().name(), refusal.field(),
                    message(locale, refusal.code().messageKey(), refusal.args())));
        }
        if (e instanceof BadInput bad) {
            return json(400, new ApiError(bad.code().name(), bad.field(),
                    message(locale, "api.error." + bad.code().name(), bad.args())));
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String code = status == 404 ? ErrorCode.NOT_FOUND.name() : "HTTP_" + status;
            String key = status == 404 ? "api.error.NO_SUCH_RESOURCE" : status == 405 ? "api.error.METHOD"
                    : status == 415 || status == 406 ? "api.error.MEDIA_TYPE" : "api.error.MALFORMED_JSON";
            return json(status, new ApiError(code, null, message(locale, key)));
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", thrown);
        return json(500, new ApiError("INTERNAL", null, message(locale, "api.error.INTERNAL")));
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
                for (Locale accepted : headers.getAcceptableLanguages()) {
                    if ("en".equals(accepted.getLanguage()) || "fr".equals(accepted.getLanguage())) {
                        return Locale.forLanguageTag(accepted.getLanguage());
                    }
                }
            } catch (RuntimeException malformedHeader) {
                // A header that cannot be read is a header not given.
            }
        }
        return Locale.FRENCH;
    }

    /** The bundle's sentence with its arguments formatted for the reader (amounts, statuses). */
    static String message(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof BigDecimal amount) {
                NumberFormat number = NumberFormat.getNumberInstance(locale);
                number.setMinimumFractionDigits(2);
                number.setMaximumFractionDigits(2);
                shown[i] = number.format(amount);
            } else if (shown[i] instanceof String s && isStatus(s)) {
                shown[i] = bundle.getString(RequestStatus.valueOf(s).labelKey());
            }
        }
        // Bundle texts use plain apostrophes (n'a, l'agence): MessageFormat would take them as quotes.
        return new MessageFormat(pattern.replace("'", "''"), locale).format(shown);
    }

    private static boolean isStatus(String s) {
        for (RequestStatus status : RequestStatus.values()) {
            if (status.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }
}
