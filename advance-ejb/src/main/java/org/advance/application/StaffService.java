package org.advance.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.advance.application.dto.AgencyView;
import org.advance.application.dto.Decision;
import org.advance.application.dto.DecisionForm;
import org.advance.application.dto.RequestDetail;
import org.advance.application.dto.RequestRow;
import org.advance.application.dto.StatusCount;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.StaffFilter;
import org.advance.application.paging.StaffSort;
import org.advance.application.port.AgencyRepository;
import org.advance.application.port.RequestRepository;
import org.advance.application.port.RequestRows;
import org.advance.application.port.RequestSelection;
import org.advance.application.port.Tallies;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.Times;
import org.advance.domain.model.AdvanceRequest;
import org.advance.domain.model.AppUser;
import org.advance.domain.model.ReasonKind;
import org.advance.domain.event.RequestDecided;
import org.advance.domain.model.RequestStatus;
import org.advance.domain.rules.TextRules;

/**
 * Everything agency staff do with the "Demandes d'acomptes" service: the two tables, the
 * processing dialog, accepting and refusing, the detail. Only staff with the advances permission,
 * and only for their own agencies.
 */
@Stateless
public class StaffService {

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private RequestViews views;

    @Inject
    private Tallies tallies;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private RequestRepository requests;

    @Inject
    private RequestRows rows;

    /** Raised inside the decision's transaction, so that whoever reacts (the mail outbox) writes in it too. */
    @Inject
    private Event<RequestDecided> decided;

    /** The agencies he works for, for the agency filter. */
    public List<AgencyView> agencies(Caller caller) {
        AppUser staff = guard.staff(caller);
        return agencies.ofStaff(staff.getId());
    }

    public long countToProcess(Caller caller, StaffFilter filter) {
        return rows.count(selection(caller, filter, true));
    }

    /** "Demandes à traiter": requests waiting for an answer in his agencies. */
    public List<RequestRow> toProcess(Caller caller, StaffFilter filter, PageRequest<StaffSort> page) {
        // A waiting request has no decision yet: sorted by a decision column, the rows come in id
        // order. Asking for that order directly reads the (agency, status, id) index; the decision
        // columns' indexes would first skip every answered request (docs/performance.md).
        PageRequest<StaffSort> order = page.sort().nullable()
                ? new PageRequest<>(page.offset(), page.limit(), StaffSort.ID, page.ascending()) : page;
        return rows.page(selection(caller, filter, true), order);
    }

    /**
     * Without a date range the total is read from the tallies: counting the history of a large
     * agency row by row read 72 000 index entries for every page of 20 (docs/performance.md).
     */
    public long countHistory(Caller caller, StaffFilter filter) {
        return undated(filter) ? tallies.answeredCount(agencies(caller, filter))
                : rows.count(selection(caller, filter, false));
    }

    /** "Historique des demandes": requests no longer waiting (answered or cancelled by the worker). */
    public List<RequestRow> history(Caller caller, StaffFilter filter, PageRequest<StaffSort> page) {
        return rows.page(selection(caller, filter, false), page);
    }

    /** Requests per status across his agencies. */
    public List<StatusCount> statusCounts(Caller caller) {
        AppUser staff = guard.staff(caller);
        List<Long> his = guard.agencyIds(staff);
        if (his.isEmpty()) {
            return List.of();
        }
        return requests.statusCounts(his);
    }

    /** What "Traiter la demande" opens: the request, the worker's maximum now and the prefilled reasons. */
    public DecisionForm decisionForm(Caller caller, long requestId) {
        AppUser staff = guard.staff(caller);
        AdvanceRequest request = guard.requestOfStaff(staff, requestId, false);
        long employerId = request.getEmployer().getId();
        return new DecisionForm(views.row(requestId),
                request.getStatus() == RequestStatus.SENT ? views.maximumNow(request) : null,
                agencies.reasons(employerId, ReasonKind.ACCEPT), agencies.reasons(employerId, ReasonKind.REFUSE));
    }

    /**
     * Accepts in full (no amount) or in part. When two people answer at once, the second waits for
     * the first and then gets {@link ErrorCode#ALREADY_DECIDED}.
     */
    public RequestRow accept(Caller caller, long requestId, Decision decision) {
        AppUser staff = guard.staff(caller);
        AdvanceRequest request = guard.requestOfStaff(staff, requestId, true);
        String reason = TextRules.optional(decision.reason(), TextRules.REASON_MAX, "reason");
        String comment = TextRules.optional(decision.comment(), TextRules.COMMENT_MAX, "comment");
        request.requireOpen();
        request.accept(staff, decision.amount(), views.maximumNow(request), reason, comment, Times.nowUtc());
        return afterDecision(request);
    }

    public RequestRow refuse(Caller caller, long requestId, Decision decision) {
        AppUser staff = guard.staff(caller);
        AdvanceRequest request = guard.requestOfStaff(staff, requestId, true);
        String reason = TextRules.optional(decision.reason(), TextRules.REASON_MAX, "reason");
        String comment = TextRules.optional(decision.comment(), TextRules.COMMENT_MAX, "comment");
        request.refuse(staff, reason, comment, Times.nowUtc());
        return afterDecision(request);
    }

    /** The eye icon of the history: every field, who answered and when, the full history. */
    public RequestDetail detail(Caller caller, long requestId) {
        AppUser staff = guard.staff(caller);
        return views.detail(guard.requestOfStaff(staff, requestId, false), true);
    }

    private RequestRow afterDecision(AdvanceRequest request) {
        em.flush();
        tallies.answered(request.getAgency().getId(), request.getStatus());
        decided.fire(new RequestDecided(request.getId()));
        return views.row(request.getId());
    }

    /**
     * The waiting requests or the others of his agencies (or of the one he filters on, if it is his),
     * in the date range of Paris days.
     */
    private RequestSelection selection(Caller caller, StaffFilter filter, boolean waiting) {
        StaffFilter f = filter == null ? StaffFilter.NONE : filter;
        List<Long> his = agencies(caller, f);
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw new AdvanceException(ErrorCode.DATE_RANGE_INVALID, "from");
        }
        return RequestSelection.ofAgencies(his, waiting,
                f.from() == null ? null : Times.startOfParisDayUtc(f.from()),
                f.to() == null ? null : Times.startOfParisDayUtc(f.to().plusDays(1)));
    }

    /** His agencies, or the one he filters on if it is his (none otherwise). */
    private List<Long> agencies(Caller caller, StaffFilter filter) {
        List<Long> his = guard.agencyIds(guard.staff(caller));
        Long only = filter == null ? null : filter.agencyId();
        if (only != null) {
            return his.contains(only) ? List.of(only) : List.of();
        }
        return his;
    }

    private static boolean undated(StaffFilter filter) {
        return filter == null || filter.from() == null && filter.to() == null;
    }
}
