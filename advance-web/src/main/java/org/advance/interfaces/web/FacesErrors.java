package org.advance.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Servlets;

/**
 * What a failure inside Faces shows: never a class name, never a 500 for a page state that is gone
 * or was tampered with.
 * <ul>
 *   <li>a view that cannot be restored (expired, or a forged {@code jakarta.faces.ViewState}), or a
 *   form posted without the page's CSP nonce, is a page to start again: the user is sent to "page
 *   expired", with a way back;
 *   <li>any other failure of an Ajax call is logged and the page goes to our error page; Faces'
 *   own Ajax error answer would show the exception's class and message to the user;
 *   <li>any other failure of a full page request goes on to the container, which shows our error
 *   page (web.xml, ErrorPages).
 * </ul>
 */
public class FacesErrors extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

    public FacesErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            String target = null;
            while (events.hasNext()) {
                ExceptionQueuedEventContext event = events.next().getContext();
                Throwable failure = event.getException();
                boolean lostState = isLostState(failure) || event.getPhaseId() == PhaseId.RESTORE_VIEW;
                boolean ajax = faces != null && faces.getPartialViewContext().isAjaxRequest();
                if (lostState) {
                    LOG.log(Level.FINE, "A page's state could not be restored", failure);
                    target = "/expired.xhtml";
                } else if (ajax) {
                    LOG.log(Level.SEVERE, "Failure of an Ajax request", failure);
                    target = target == null ? "/error.xhtml" : target;
                } else {
                    continue;
                }
                events.remove();
            }
            if (target != null && faces != null && !faces.getExternalContext().isResponseCommitted()) {
                ExternalContext external = faces.getExternalContext();
                String path = external.getRequestContextPath() + target;
                try {
                    // A failure while rendering leaves half a page in the buffer: the redirect replaces it.
                    external.responseReset();
                    HttpServletRequest request = (HttpServletRequest) external.getRequest();
                    if (Servlets.isFacesAjaxRequest(request)) {
                        // Written to the response itself: the partial response writer that the failure
                        // interrupted in the middle of an update would close that update after the redirect.
                        Servlets.facesRedirect(request, (HttpServletResponse) external.getResponse(), path);
                    } else {
                        external.redirect(path);
                    }
                    faces.responseComplete();
                } catch (IOException | UncheckedIOException e) {
                    // The client went away.
                }
            }
            getWrapped().handle();
        }

        private static boolean isLostState(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException || t instanceof ProtectedViewException
                        || t instanceof org.primefaces.csp.CspException) {
                    return true;
                }
            }
            return false;
        }
    }
}
