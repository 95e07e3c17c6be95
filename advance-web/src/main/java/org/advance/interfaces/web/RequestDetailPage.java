package org.advance.interfaces.web;

import jakarta.inject.Inject;
import java.util.Map;
import org.advance.application.Caller;
import org.advance.application.dto.RequestDetail;
import org.advance.domain.AdvanceException;
import org.advance.interfaces.security.CallerProducer;
import org.omnifaces.cdi.Param;

/**
 * A request's detail page, for whoever may see it: the id comes from the URL, the service decides.
 * An id the caller may not see gets exactly what an unknown one gets: "introuvable".
 */
public abstract class RequestDetailPage {

    @Inject
    private CallerProducer current;

    @Inject
    private Feedback feedback;

    /** The request of the URL's {@code ?id=}; null when it names nothing (see {@link IdConverter}). */
    @Inject
    @Param(name = "id", converterClass = IdConverter.class)
    private Long id;
    private RequestDetail detail;

    /** The service call that checks the caller's right to this request. */
    protected abstract RequestDetail find(Caller caller, long requestId);

    public void load() {
        try {
            if (id == null) {
                throw AdvanceException.notFound();
            }
            detail = find(current.caller(), id);
        } catch (AdvanceException e) {
            feedback.show(e, Map.of());
        }
    }

    public RequestDetail getDetail() {
        return detail;
    }
}
