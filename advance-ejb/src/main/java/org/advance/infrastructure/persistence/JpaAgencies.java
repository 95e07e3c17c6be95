package org.advance.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.advance.application.dto.AgencyView;
import org.advance.application.port.AgencyRepository;
import org.advance.domain.model.Agency;
import org.advance.domain.model.Reason;
import org.advance.domain.model.ReasonKind;

/** {@link AgencyRepository} through the named queries of {@link Agency} and {@link Reason}. */
@Dependent
public class JpaAgencies implements AgencyRepository {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Override
    public List<AgencyView> ofStaff(long staffId) {
        return em.createNamedQuery(Agency.OF_STAFF, AgencyView.class)
                .setParameter("staff", staffId)
                .getResultList();
    }

    @Override
    public List<Long> idsOfStaff(long staffId) {
        return em.createNamedQuery(Agency.IDS_OF_STAFF, Long.class)
                .setParameter("staff", staffId)
                .getResultList();
    }

    @Override
    public boolean isOfEmployer(long agencyId, long employerId) {
        return em.createNamedQuery(Agency.COUNT_OF_EMPLOYER, Long.class)
                .setParameter("agency", agencyId)
                .setParameter("employer", employerId)
                .getSingleResult() > 0;
    }

    @Override
    public List<String> reasons(long employerId, ReasonKind kind) {
        return em.createNamedQuery(Reason.LABELS, String.class)
                .setParameter("employer", employerId)
                .setParameter("kind", kind)
                .getResultList();
    }
}
