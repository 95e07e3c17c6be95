package org.advance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.advance.application.dto.AgencyChoice;
import org.advance.application.dto.EmployerView;
import org.advance.application.dto.RequestDetail;
import org.advance.application.dto.RequestForm;
import org.advance.application.dto.RequestRow;
import org.advance.application.dto.SubmitCommand;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.WorkerSort;
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
import org.advance.infrastructure.persistence.RequestRowQuery;
import org.advance.infrastructure.persistence.RequestTallies;

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
    private RequestDetails details;

    @Inject
    private RequestTallies tallies;

    /** "Mes employeurs": the employers of the agencies he has worked for. */
    public List<EmployerView> employers(Caller caller) {
        AppUser worker = guard.worker(caller);
        return em.createQuery("SELECT DISTINCT NEW org.advance.application.dto.EmployerView(e.id, e.name)"
                        + " FROM Assignment s JOIN s.agency a JOIN a.employer e WHERE s.worker.id = :worker"
                        + " ORDER BY e.name", EmployerView.class)
                .setParameter("worker", worker.getId())
                .getResultList();
    }

    /** "Besoin d'un acompte ?": the agencies of this employer he may ask, each with his maximum. */
    public RequestForm requestForm(Caller caller, long employerId) {
        AppUser worker = guard.worker(caller);
        List<Assignment> assignments = assignments(worker, employerId);
        if (assignments.isEmpty()) {
            throw AdvanceException.notFound("employer");
        }
        List<Long> openAgencies = em.createQuery("SELECT r.agency.id FROM AdvanceRequest r"
                        + " WHERE r.worker.id = :worker AND r.employer.id = :employer AND r.status = :sent", Long.class)
                .setParameter("worker", worker.getId())
                .setParameter("employer", employerId)
                .setParameter("sent", RequestStatus.SENT)
                .getResultList();
        List<AgencyChoice> choices = assignments.stream()
                .map(s -> new AgencyChoice(s.getAgency().getId(), s.getAgency().getName(), maximums.of(s),
                        openAgencies.contains(s.getAgency().getId())))
                .toList();
        return new RequestForm(employerId, assignments.get(0).getAgency().getEmployer().getName(), choices);
    }

    /**
     * The agencies of this employer he works for, without their maximums: what the API checks the
     * agency of a request against (computing every maximum of the form cost a query per agency).
     */
    public List<Long> agencyIds(Caller caller, long employerId) {
        AppUser worker = guard.worker(caller);
        List<Long> ids = em.createQuery("SELECT a.id FROM Assignment s JOIN s.agency a"
                        + " WHERE s.worker.id = :worker AND a.employer.id = :employer ORDER BY a.name", Long.class)
                .setParameter("worker", worker.getId())
                .setParameter("employer", employerId)
                .getResultList();
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
        String agencyField = employerId == null ? "agency" : "agencyId"; // the form's field, or the API's
        String key = command.idempotencyKey();
        if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new AdvanceException(ErrorCode.IDEMPOTENCY_KEY_INVALID, null);
        }
        // Serializes this worker's sends to this agency: a double click waits here, then finds the first.
        Assignment assignment = em.createQuery("SELECT s FROM Assignment s"
                        + " WHERE s.worker.id = :worker AND s.agency.id = :agency", Assignment.class)
                .setParameter("worker", worker.getId())
                .setParameter("agency", command.agencyId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new AdvanceException(ErrorCode.NOT_FOUND, agencyField));
        // Its own query: joined into the locking one above, it would lock the agency's row as well and
        // queue every submission of the agency behind it.
        if (employerId != null && em.createQuery("SELECT COUNT(a) FROM Agency a WHERE a.id = :agency"
                        + " AND a.employer.id = :employer", Long.class)
                .setParameter("agency", command.agencyId())
                .setParameter("employer", employerId)
                .getSingleResult() == 0) {
            throw new AdvanceException(ErrorCode.NOT_FOUND, agencyField);
        }
        List<Long> sameKey = em.createQuery("SELECT r.id FROM AdvanceRequest r"
                        + " WHERE r.worker.id = :worker AND r.idempotencyKey = :key", Long.class)
                .setParameter("worker", worker.getId())
                .setParameter("key", key)
                .getResultList();
        if (!sameKey.isEmpty()) {
            return row(sameKey.get(0));
        }
        if (command.amount() != null && command.maximum()) {
            throw new AdvanceException(ErrorCode.AMOUNT_AND_MAXIMUM, "amount");
        }
        BigDecimal typed = command.maximum() ? null : AmountRules.requireValid(command.amount(), "amount");
        String comment = TextRules.optional(command.comment(), TextRules.COMMENT_MAX, "comment");
        long open = em.createQuery("SELECT COUNT(r) FROM AdvanceRequest r"
                        + " WHERE r.worker.id = :worker AND r.agency.id = :agency AND r.status = :sent", Long.class)
                .setParameter("worker", worker.getId())
                .setParameter("agency", command.agencyId())
                .setParameter("sent", RequestStatus.SENT)
                .getSingleResult();
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
        long count = mine(worker, employerId).count(em);
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
        List<RequestRow> rows = mine(worker, employerId).page(em, page);
        if (rows.isEmpty()) {
            requireEmployerOf(worker, employerId);
        }
        return rows;
    }

    private void requireEmployerOf(AppUser worker, long employerId) {
        if (assignments(worker, employerId).isEmpty()) {
            throw AdvanceException.notFound("employer");
        }
    }

    /** One of his requests with its history (the mail's "Je consulte la réponse !" lands here). */
    public RequestDetail detail(Caller caller, long requestId) {
        AppUser worker = guard.worker(caller);
        AdvanceRequest request = guard.requestOfWorker(worker, requestId, false);
        return details.of(request, false);
    }

    private RequestRowQuery mine(AppUser worker, long employerId) {
        return new RequestRowQuery()
                .where("r.worker.id = :worker", "worker", worker.getId())
                .where("r.employer.id = :employer", "employer", employerId);
    }

    private List<Assignment> assignments(AppUser worker, long employerId) {
        return em.createQuery("SELECT s FROM Assignment s JOIN s.agency a"
                        + " WHERE s.worker.id = :worker AND a.employer.id = :employer ORDER BY a.name", Assignment.class)
                .setParameter("worker", worker.getId())
                .setParameter("employer", employerId)
                .getResultList();
    }

    private RequestRow row(long requestId) {
        return details.row(requestId);
    }
}
