package org.advance.application.port;

import java.util.List;
import org.advance.application.dto.AgencyView;
import org.advance.domain.model.ReasonKind;

/** Agencies as staff see them, and what an employer prefills for its agencies' answers. */
public interface AgencyRepository {

    /** The agencies a staff member works for, by name. */
    List<AgencyView> ofStaff(long staffId);

    /** The ids of the agencies a staff member works for, by id. */
    List<Long> idsOfStaff(long staffId);

    /** Whether the agency belongs to the employer. */
    boolean isOfEmployer(long agencyId, long employerId);

    /** The employer's prefilled reasons of one kind, in their order. */
    List<String> reasons(long employerId, ReasonKind kind);
}
