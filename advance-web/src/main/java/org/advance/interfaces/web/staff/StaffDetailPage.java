package org.advance.interfaces.web.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.advance.application.Caller;
import org.advance.application.StaffService;
import org.advance.application.dto.RequestDetail;
import org.advance.interfaces.web.RequestDetailPage;

/** The eye icon of the history: a request of one of the staff's agencies, all fields, full history. */
@Named
@RequestScoped
public class StaffDetailPage extends RequestDetailPage {

    @EJB
    private StaffService staff;

    @Override
    protected RequestDetail find(Caller caller, long requestId) {
        return staff.detail(caller, requestId);
    }
}
