package org.advance.interfaces.web.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.advance.application.StaffService;
import org.advance.application.dto.RequestDetail;
import org.advance.domain.AdvanceException;
import org.advance.interfaces.web.Faults;
import org.advance.interfaces.web.security.CallerProducer;

/** The eye icon of the history: a request of one of the staff's agencies, all fields, full history. */
@Named
@RequestScoped
public class StaffDetailPage {

    @EJB
    private StaffService staff;

    @Inject
    private CallerProducer current;

    @Inject
    private Faults faults;

    private Long id;
    private RequestDetail detail;

    /** A request of another agency gets exactly what an unknown one gets: "introuvable". */
    public void load() {
        try {
            if (id == null) {
                throw AdvanceException.notFound();
            }
            detail = staff.detail(current.caller(), id);
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
