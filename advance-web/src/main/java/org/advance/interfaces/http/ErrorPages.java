package org.advance.interfaces.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.advance.interfaces.http.ApiErrors;

/**
 * Where web.xml sends every error the container itself answers (an unknown address, a method not
 * allowed, a request it cannot read, a failure outside Faces and JAX-RS): under {@code /api} the
 * API's JSON error, elsewhere one of our pages. Never the server's own page, which names the server
 * and its version.
 */
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s && s.startsWith(request.getContextPath())
                ? s.substring(request.getContextPath().length()) : "";
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null && isExpiredView(failure)) {
            status = HttpServletResponse.SC_BAD_REQUEST;
        }
        if (ApiErrors.isApi(path)) {
            ApiErrors.Error error = ApiErrors.forStatus(status);
            ApiErrors.write(request, response, status >= 500 ? 500 : status, error.code(), null, error.key());
            return;
        }
        String page = failure != null && isExpiredView(failure) ? "expired"
                : switch (status) {
                    case 401, 403 -> "forbidden";
                    case 404 -> "not-found";
                    case 400, 405, 408, 413, 414, 415, 431 -> "bad-request";
                    default -> "error";
                };
        // The error may come before the filters ran (a refused access, a malformed request).
        WebHygiene.pageHeaders(response, false, true);
        response.setStatus(status >= 500 ? 500 : status);
        request.getRequestDispatcher("/WEB-INF/errors/" + page + ".xhtml").forward(request, response);
    }

    /**
     * A page whose saved state is gone or was tampered with, or a form posted without the page's
     * CSP nonce (PrimeFaces refuses it): not a failure of ours, the user starts the page again.
     */
    static boolean isExpiredView(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException
                    || t instanceof jakarta.faces.application.ProtectedViewException
                    || t instanceof org.primefaces.csp.CspException) {
                return true;
            }
        }
        return false;
    }
}
