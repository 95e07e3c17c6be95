package org.advance.interfaces.web.worker;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.advance.application.WorkerService;
import org.advance.application.dto.RequestDetail;
import org.advance.domain.AdvanceException;
import org.advance.interfaces.web.Faults;
import org.advance.interfaces.web.security.CallerProducer;

/** One of the worker's requests with its history; where the decision mail's button leads. */
@Named
@RequestScoped
public class WorkerDetailPage {

    @EJB
    private WorkerService workers;

    @Inject
    private CallerProducer current;

    @Inject
    private Faults faults;

    private Long id;
    private RequestDetail detail;

    /** Someone else's request id gets exactly what an unknown one gets: "introuvable". */
    public void load() {
        try {
            if (id == null) {
                throw AdvanceException.notFound();
            }
            detail = workers.detail(current.caller(), id);
        } catch (AdvanceException e) {
            faults.show(e, Map.of());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestDetail getDetail() {
        return detail;
    }
}
