package org.advance.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.advance.application.port.AgencyRepository;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.model.AdvanceRequest;
import org.advance.domain.model.AppUser;
import org.advance.domain.model.Role;

/**
 * The server-side checks every service makes: the caller has the right role, and the request he
 * names is his own (worker) or in one of his agencies (staff). A request outside his reach is
 * answered exactly like an unknown one, so ids reveal nothing.
 */
@Dependent
public class AccessGuard {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Inject
    private AgencyRepository agencies;

    public AppUser worker(Caller caller) {
        AppUser user = user(caller);
        if (user.getRole() != Role.WORKER) {
            throw new AdvanceException(ErrorCode.NOT_ALLOWED, null);
        }
        return user;
    }

    /** Staff with the advances permission; others do not see the service at all. */
    public AppUser staff(Caller caller) {
        AppUser user = user(caller);
        if (user.getRole() != Role.STAFF || !user.hasAdvancesPermission()) {
            throw new AdvanceException(ErrorCode.NOT_ALLOWED, null);
        }
        return user;
    }

    /** The administrator (operations: the digest started by hand, undelivered mails). */
    public AppUser admin(Caller caller) {
        AppUser user = user(caller);
        if (user.getRole() != Role.ADMIN) {
            throw new AdvanceException(ErrorCode.NOT_ALLOWED, null);
        }
        return user;
    }

    public List<Long> agencyIds(AppUser staff) {
        return agencies.idsOfStaff(staff.getId());
    }

    /** The worker's own request; locked for update when it is about to change. */
    public AdvanceRequest requestOfWorker(AppUser worker, long requestId, boolean forUpdate) {
        AdvanceRequest request = find(requestId, forUpdate);
        if (!request.getWorker().getId().equals(worker.getId())) {
            throw AdvanceException.notFound();
        }
        return request;
    }

    /** A request of one of the staff member's agencies; locked for update when it is about to change. */
    public AdvanceRequest requestOfStaff(AppUser staff, long requestId, boolean forUpdate) {
        AdvanceRequest request = find(requestId, forUpdate);
        if (!agencyIds(staff).contains(request.getAgency().getId())) {
            throw AdvanceException.notFound();
        }
        return request;
    }

    private AdvanceRequest find(long requestId, boolean forUpdate) {
        AdvanceRequest request = forUpdate
                ? em.find(AdvanceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(AdvanceRequest.class, requestId);
        if (request == null) {
            throw AdvanceException.notFound();
        }
        return request;
    }

    private AppUser user(Caller caller) {
        AppUser user = caller == null ? null : em.find(AppUser.class, caller.userId());
        if (user == null) {
            throw new AdvanceException(ErrorCode.NOT_ALLOWED, null);
        }
        return user;
    }
}
