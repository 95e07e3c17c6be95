package org.advance.domain.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.rules.AmountRules;
import org.advance.domain.rules.MaximumAmount;

/**
 * A worker's request for an advance from one agency, and its answer. Every change goes through a
 * method here that checks the status machine and appends to the history, so the history is
 * complete by construction. Times are UTC.
 */
@NamedQueries({
    @NamedQuery(name = AdvanceRequest.WAITING_AGENCY_IDS, query = "SELECT r.agency.id FROM AdvanceRequest r"
            + " WHERE r.worker.id = :worker AND r.employer.id = :employer AND r.status = :sent"),
    @NamedQuery(name = AdvanceRequest.ID_BY_IDEMPOTENCY_KEY, query = "SELECT r.id FROM AdvanceRequest r WHERE r.worker.id = :worker AND r.idempotencyKey = :key"),
    @NamedQuery(name = AdvanceRequest.COUNT_WAITING, query = "SELECT COUNT(r) FROM AdvanceRequest r"
            + " WHERE r.worker.id = :worker AND r.agency.id = :agency AND r.status = :sent"),
    @NamedQuery(name = AdvanceRequest.GRANTED_SINCE, query = "SELECT SUM(r.grantedAmount) FROM AdvanceRequest r"
            + " WHERE r.worker.id = :worker AND r.agency.id = :agency AND r.status = :accepted"
            + " AND r.decidedAt >= :since"),
    @NamedQuery(name = AdvanceRequest.STATUS_COUNTS_OF_AGENCIES, query = "SELECT NEW org.advance.application.dto.StatusCount(r.status, COUNT(r))"
            + " FROM AdvanceRequest r WHERE r.agency.id IN :agencies GROUP BY r.status ORDER BY r.status"),
    @NamedQuery(name = AdvanceRequest.STATUS_COUNTS, query = "SELECT NEW org.advance.application.dto.StatusCount(r.status, COUNT(r))"
            + " FROM AdvanceRequest r GROUP BY r.status ORDER BY r.status")
})
@Entity
@Table(name = "advance_request")
public class AdvanceRequest {

    /** The names of this entity's queries (see the repositories of {@code infrastructure.persistence}). */
    public static final String WAITING_AGENCY_IDS = "AdvanceRequest.waitingAgencyIds";
    public static final String ID_BY_IDEMPOTENCY_KEY = "AdvanceRequest.idByIdempotencyKey";
    public static final String COUNT_WAITING = "AdvanceRequest.countWaiting";
    public static final String GRANTED_SINCE = "AdvanceRequest.grantedSince";
    public static final String STATUS_COUNTS_OF_AGENCIES = "AdvanceRequest.statusCountsOfAgencies";
    public static final String STATUS_COUNTS = "AdvanceRequest.statusCounts";

    @Id
    @SequenceGenerator(name = "advance_request_seq", sequenceName = "advance_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "advance_request_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "worker_id")
    private AppUser worker;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    /** The agency's employer, kept here so the worker's list per employer needs no join. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    /** The amount asked; for "the maximum possible", the maximum when it was asked. */
    @Column(name = "asked_amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal askedAmount;

    /*
     * The names the tables show and sort by, copied when the request is made or decided: a
     * request's worker and agency never change and it is decided once, and sorting a large agency's
     * requests by a name must read an index, not join and sort every row (V6 migration).
     */
    @Column(name = "worker_name", nullable = false, length = 120)
    private String workerName;

    @Column(name = "agency_name", nullable = false, length = 120)
    private String agencyName;

    @Column(name = "decided_by_name", length = 120)
    private String decidedByName;

    @Column(name = "asked_maximum", nullable = false)
    private boolean askedMaximum;

    @Column(name = "worker_comment", length = 1000)
    private String workerComment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RequestStatus status;

    /**
     * The agency while the request waits for an answer, null after: a unique key on (worker,
     * open agency) lets the database itself refuse a second unanswered request (portable to H2,
     * which has no partial indexes, because unique keys ignore nulls).
     */
    @Column(name = "open_agency_id")
    private Long openAgencyId;

    @Column(name = "granted_amount", precision = 10, scale = 2)
    private BigDecimal grantedAmount;

    @Column(name = "decision_reason", length = 400)
    private String decisionReason;

    @Column(name = "agency_comment", length = 1000)
    private String agencyComment;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private AppUser decidedBy;

    /** Chosen by the client for each send; the same key twice is the same request (double click). */
    @Column(name = "idempotency_key", nullable = false, length = 64)
    private String idempotencyKey;

    @Version
    private long version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("at ASC, id ASC")
    private List<RequestEvent> history = new ArrayList<>();

    protected AdvanceRequest() {}

    /** A new request, status {@link RequestStatus#SENT}. The amount has been checked against the maximum. */
    public static AdvanceRequest submit(AppUser worker, Agency agency, BigDecimal askedAmount, boolean askedMaximum,
            String workerComment, String idempotencyKey, LocalDateTime now) {
        AdvanceRequest request = new AdvanceRequest();
        request.worker = worker;
        request.workerName = worker.getFullName();
        request.agency = agency;
        request.agencyName = agency.getName();
        request.employer = agency.getEmployer();
        request.askedAmount = askedAmount;
        request.askedMaximum = askedMaximum;
        request.workerComment = workerComment;
        request.idempotencyKey = idempotencyKey;
        request.createdAt = now;
        request.status = RequestStatus.SENT;
        request.openAgencyId = agency.getId();
        request.record(worker, now, null, askedAmount, workerComment);
        return request;
    }

    /**
     * Accepts the request, in full or in part.
     *
     * @param amount the granted amount; null means the amount asked, or the current maximum when
     *     the worker asked for the maximum
     * @param maximumNow the worker's maximum at this moment (this request not counted)
     */
    public void accept(AppUser staff, BigDecimal amount, MaximumAmount maximumNow, String reason, String comment,
            LocalDateTime now) {
        requireOpen();
        BigDecimal granted;
        if (amount == null) {
            granted = askedMaximum ? maximumNow.maximum() : askedAmount;
            if (granted.signum() == 0) {
                throw new AdvanceException(ErrorCode.MAXIMUM_IS_ZERO, "amount");
            }
        } else {
            granted = AmountRules.requireValid(amount, "amount");
            if (!askedMaximum && granted.compareTo(askedAmount) > 0) {
                throw new AdvanceException(ErrorCode.AMOUNT_ABOVE_ASKED, "amount", askedAmount);
            }
        }
        AmountRules.requireWithinMaximum(granted, maximumNow, "amount");
        decide(RequestStatus.ACCEPTED, staff, granted, reason, comment, now);
    }

    public void refuse(AppUser staff, String reason, String comment, LocalDateTime now) {
        requireOpen();
        decide(RequestStatus.REFUSED, staff, null, reason, comment, now);
    }

    /** The worker withdraws his request; only while it waits for an answer. */
    public void cancel(AppUser byWorker, LocalDateTime now) {
        if (status != RequestStatus.SENT) {
            throw new AdvanceException(ErrorCode.REQUEST_CLOSED, null, status.name());
        }
        RequestStatus from = status;
        moveTo(RequestStatus.CANCELLED);
        record(byWorker, now, from, null, null);
    }

    /** Granted below what was asked. */
    public boolean isPartial() {
        return status.isPartial(askedAmount, grantedAmount);
    }

    /** Refuses, with the reason a user can read, any answer to a request that no longer waits for one. */
    public void requireOpen() {
        if (status == RequestStatus.CANCELLED) {
            throw new AdvanceException(ErrorCode.REQUEST_CLOSED, null, status.name());
        }
        if (status != RequestStatus.SENT) {
            throw new AdvanceException(ErrorCode.ALREADY_DECIDED, null, status.name(),
                    decidedBy == null ? "" : decidedBy.getFullName());
        }
    }

    private void decide(RequestStatus target, AppUser staff, BigDecimal granted, String reason, String comment,
            LocalDateTime now) {
        RequestStatus from = status;
        moveTo(target);
        grantedAmount = granted;
        decisionReason = reason;
        agencyComment = comment;
        decidedAt = now;
        decidedBy = staff;
        decidedByName = staff.getFullName();
        record(staff, now, from, granted, joinReasonAndComment(reason, comment));
    }

    private void moveTo(RequestStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException(status + " cannot move to " + target);
        }
        status = target;
        openAgencyId = target == RequestStatus.SENT ? agency.getId() : null;
    }

    private void record(AppUser actor, LocalDateTime at, RequestStatus from, BigDecimal amount, String comment) {
        history.add(new RequestEvent(this, actor, at, from, status, amount, comment));
    }

    private static String joinReasonAndComment(String reason, String comment) {
        if (reason == null) {
            return comment;
        }
        return comment == null ? reason : reason + " — " + comment;
    }

    public Long getId() {
        return id;
    }

    public AppUser getWorker() {
        return worker;
    }

    public Agency getAgency() {
        return agency;
    }

    public Employer getEmployer() {
        return employer;
    }

    public BigDecimal getAskedAmount() {
        return askedAmount;
    }

    public boolean isAskedMaximum() {
        return askedMaximum;
    }

    public String getWorkerComment() {
        return workerComment;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public BigDecimal getGrantedAmount() {
        return grantedAmount;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getAgencyComment() {
        return agencyComment;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public AppUser getDecidedBy() {
        return decidedBy;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public List<RequestEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
