package org.advance.interfaces.web.worker;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.advance.application.Caller;
import org.advance.application.WorkerService;
import org.advance.application.dto.EmployerView;

/** "Mes employeurs": the worker's home. */
@Named
@RequestScoped
public class EmployersPage {

    @EJB
    private WorkerService workers;

    @Inject
    private Caller caller;

    private List<EmployerView> employers;

    public List<EmployerView> getEmployers() {
        if (employers == null) {
            employers = workers.employers(caller);
        }
        return employers;
    }
}
