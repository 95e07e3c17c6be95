package org.advance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.advance.application.dto.AgencyChoice;
import org.advance.application.dto.EmployerView;
import org.advance.application.dto.RequestDetail;
import org.advance.application.dto.RequestForm;
import org.advance.application.dto.RequestRow;
import org.advance.application.dto.SubmitCommand;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.WorkerSort;
import org.advance.application.port.AgencyRepository;
import org.advance.application.port.AssignmentRepository;
import org.advance.application.port.RequestRepository;
import org.advance.application.port.RequestRows;
import org.advance.application.port.RequestSelection;
import org.advance.application.port.Tallies;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.Times;
import org.advance.domain.model.AdvanceRequest;
import org.advance.domain.model.AppUser;
import org.advance.domain.model.Assignment;
import org.advance.domain.model.RequestStatus;
import org.advance.domain.rules.AmountRules;
import org.advance.domain.rules.MaximumAmount;
import org.advance.domain.rules.TextRules;

/** Everything a temp worker does: his employers, the request form, sending, cancelling, his list. */
@Stateless
public class WorkerService {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private Maximums maximums;

    @Inject
    private RequestViews views;

    @Inject
    private Tallies tallies;

    @Inject
    private AssignmentRepository assignments;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private RequestRepository requests;

    @Inject
    private RequestRows rows;

    /** "Mes employeurs": the employers of the agencies he has worked for. */
    public List<EmployerView> employers(Caller caller) {
        AppUser worker = guard.worker(caller);
        return assignments.employers(worker.getId());
    }

    /** "Besoin d'un acompte ?": the agencies of this employer he may ask, each with his maximum. */
    public RequestForm requestForm(Caller caller, long employerId) {
        AppUser worker = guard.worker(caller);
        List<Assignment> mine = assignments.atEmployer(worker.getId(), employerId);
        if (mine.isEmpty()) {
            throw AdvanceException.notFound("employer");
        }
        List<Long> openAgencies = requests.waitingAgencyIds(worker.getId(), employerId);
        List<AgencyChoice> choices = mine.stream()
                .map(s -> new AgencyChoice(s.getAgency().getId(), s.getAgency().getName(), maximums.of(s),
                        openAgencies.contains(s.getAgency().getId())))
                .toList();
        return new RequestForm(employerId, mine.get(0).getAgency().getEmployer().getName(), choices);
    }

    /**
     * The agencies of this employer he works for, without their maximums: what the API checks the
     * agency of a request against (computing every maximum of the form cost a query per agency).
     */
    public List<Long> agencyIds(Caller caller, long employerId) {
        AppUser worker = guard.worker(caller);
        List<Long> ids = assignments.agencyIdsAtEmployer(worker.getId(), employerId);
        if (ids.isEmpty()) {
            throw AdvanceException.notFound("employer");
        }
        return ids;
    }

    /**
     * Sends a request ("Envoyer ma demande" then "Valider"). Sending the same idempotency key again
     * returns the request it made instead of making another.
     */
    public RequestRow submit(Caller caller, SubmitCommand command) {
        return submit(caller, null, command);
    }

    /**
     * The same, over the API, where the agency comes with an employer's address: it must be one of
     * this employer's. Checked in the submission's own transaction: asking for the worker's agency
     * ids first would add a transaction to the busiest call of the app.
     */
    public RequestRow submit(Caller caller, long employerId, SubmitCommand command) {
        return submit(caller, Long.valueOf(employerId), command);
    }

    private RequestRow submit(Caller caller, Long employerId, SubmitCommand command) {
        AppUser worker = guard.worker(caller);
        String key = command.idempotencyKey();
        if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new AdvanceException(ErrorCode.IDEMPOTENCY_KEY_INVALID, null);
        }
        // Serializes this worker's sends to this agency: a double click waits here, then finds the first.
        Assignment assignment = assignments.of(worker.getId(), command.agencyId(), true)
                .orElseThrow(() -> new AdvanceException(ErrorCode.NOT_FOUND, "agency"));
        // Its own query: joined into the locking one above, it would lock the agency's row as well and
        // queue every submission of the agency behind it.
        if (employerId != null && !agencies.isOfEmployer(command.agencyId(), employerId)) {
            throw new AdvanceException(ErrorCode.NOT_FOUND, "agency");
        }
        Optional<Long> sameKey = requests.idByIdempotencyKey(worker.getId(), key);
        if (sameKey.isPresent()) {
            return row(sameKey.get());
        }
        if (command.amount() != null && command.maximum()) {
            throw new AdvanceException(ErrorCode.AMOUNT_AND_MAXIMUM, "amount");
        }
        BigDecimal typed = command.maximum() ? null : AmountRules.requireValid(command.amount(), "amount");
        String comment = TextRules.optional(command.comment(), TextRules.COMMENT_MAX, "comment");
        long open = requests.countWaiting(worker.getId(), command.agencyId());
        if (open > 0) {
            throw new AdvanceException(ErrorCode.OPEN_REQUEST_EXISTS, "agency", assignment.getAgency().getName());
        }
        MaximumAmount maximum = maximums.of(assignment);
        BigDecimal asked;
        if (command.maximum()) {
            if (maximum.isZero()) {
                throw new AdvanceException(ErrorCode.MAXIMUM_IS_ZERO, "amount");
            }
            asked = maximum.maximum();
        } else {
            AmountRules.requireWithinMaximum(typed, maximum, "amount");
            asked = typed;
        }
        AdvanceRequest request = AdvanceRequest.submit(worker, assignment.getAgency(), asked, command.maximum(),
                comment, key, Times.nowUtc());
        em.persist(request);
        em.flush();
        return row(request.getId());
    }

    /** Withdraws a request that still waits for an answer. */
    public RequestRow cancel(Caller caller, long requestId) {
        AppUser worker = guard.worker(caller);
        AdvanceRequest request = guard.requestOfWorker(worker, requestId, true);
        request.cancel(worker, Times.nowUtc());
        em.flush();
        tallies.answered(request.getAgency().getId(), RequestStatus.CANCELLED);
        return row(requestId);
    }

    /** "Voir mes demandes" for one employer: how many rows the table has. */
    public long countRequests(Caller caller, long employerId) {
        AppUser worker = guard.worker(caller);
        long count = rows.count(RequestSelection.ofWorker(worker.getId(), employerId));
        if (count == 0) {
            requireEmployerOf(worker, employerId);
        }
        return count;
    }

    /**
     * "Voir mes demandes" for one employer: one page, sorted by date, amount or agency. An employer
     * he never worked for is "introuvable", not an empty list (checked only when nothing was found,
     * so the usual call costs no extra query).
     */
    public List<RequestRow> requests(Caller caller, long employerId, PageRequest<WorkerSort> page) {
        AppUser worker = guard.worker(caller);
        List<RequestRow> found = rows.page(RequestSelection.ofWorker(worker.getId(), employerId), page);
        if (found.isEmpty()) {
            requireEmployerOf(worker, employerId);
        }
        return found;
    }

    private void requireEmployerOf(AppUser worker, long employerId) {
        if (assignments.atEmployer(worker.getId(), employerId).isEmpty()) {
            throw AdvanceException.notFound("employer");
        }
    }

    /** One of his requests with its history (the mail's "Je consulte la réponse !" lands here). */
    public RequestDetail detail(Caller caller, long requestId) {
        AppUser worker = guard.worker(caller);
        AdvanceRequest request = guard.requestOfWorker(worker, requestId, false);
        return views.detail(request, false);
    }

    private RequestRow row(long requestId) {
        return views.row(requestId);
    }
}
