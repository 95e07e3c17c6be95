package org.advance.interfaces.web.worker;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.advance.application.Caller;
import org.advance.application.WorkerService;
import org.advance.application.dto.RequestDetail;
import org.advance.interfaces.web.RequestDetailPage;

/** One of the worker's requests with its history; where the decision mail's button leads. */
@Named
@RequestScoped
public class WorkerDetailPage extends RequestDetailPage {

    @EJB
    private WorkerService workers;

    @Override
    protected RequestDetail find(Caller caller, long requestId) {
        return workers.detail(caller, requestId);
    }
}
