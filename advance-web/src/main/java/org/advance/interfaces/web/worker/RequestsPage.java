package org.advance.interfaces.web.worker;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.advance.application.WorkerService;
import org.advance.application.dto.EmployerView;
import org.advance.application.paging.WorkerSort;
import org.advance.domain.AdvanceException;
import org.advance.interfaces.web.Feedback;
import org.advance.interfaces.web.IdConverter;
import org.advance.interfaces.web.Messages;
import org.advance.interfaces.web.RequestTable;
import org.advance.interfaces.security.CallerProducer;
import org.omnifaces.cdi.Param;

/** "Voir mes demandes" for one employer: the lazy table, cancelling a request that waits. */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WorkerService workers;

    @Inject
    private CallerProducer current;

    @Inject
    private Feedback feedback;

    @Inject
    private Messages messages;

    /**
     * The employer of the URL's {@code ?employer=}; null when it names nothing. Read once, when the
     * view's bean is made: the page's ajax postbacks keep it.
     */
    @Inject
    @Param(name = "employer", converterClass = IdConverter.class)
    private Long employer;
    private EmployerView employerView;
    private RequestTable<WorkerSort, Long> table;

    @PostConstruct
    void init() {
        table = new RequestTable<>(WorkerSort.class, WorkerSort.DATE, false, () -> employer,
                e -> workers.countRequests(current.caller(), e),
                (e, page) -> workers.requests(current.caller(), e, page));
    }

    /** Only an employer of the worker's: another id shows "introuvable" and no table. */
    public void load() {
        if (employerView != null) {
            return;
        }
        employerView = employer == null ? null : workers.employers(current.caller()).stream()
                .filter(e -> e.id() == employer).findFirst().orElse(null);
        if (employerView == null) {
            feedback.show(AdvanceException.notFound("employer"), Map.of());
        }
    }

    public void cancel(long requestId) {
        try {
            workers.cancel(current.caller(), requestId);
            feedback.info(messages.get("worker.requests.cancelled"));
        } catch (AdvanceException e) {
            feedback.show(e, Map.of());
        }
        table.refresh();
    }

    public Long getEmployer() {
        return employer;
    }

    public EmployerView getEmployerView() {
        return employerView;
    }

    public RequestTable<WorkerSort, Long> getTable() {
        return table;
    }
}
