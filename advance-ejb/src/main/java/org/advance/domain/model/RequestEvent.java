package org.advance.domain.model;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One line of a request's history: who did what, when, with which amount and comment. Never changed. */
@NamedQueries({
    @NamedQuery(name = RequestEvent.HISTORY, query = "SELECT NEW org.advance.application.dto.HistoryLine("
            + "e.at, u.fullName, e.fromStatus, e.toStatus, e.amount, e.comment)"
            + " FROM RequestEvent e JOIN e.actor u WHERE e.request.id = :request ORDER BY e.at, e.id")
})
@Entity
@Table(name = "request_event")
public class RequestEvent {

    /** The names of this entity's queries (see the repositories of {@code infrastructure.persistence}). */
    public static final String HISTORY = "RequestEvent.history";

    @Id
    @SequenceGenerator(name = "request_event_seq", sequenceName = "request_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private AdvanceRequest request;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private AppUser actor;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    /** Null for the creation of the request. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 10)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 10)
    private RequestStatus toStatus;

    @Column(precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "comment_text", length = 1440)
    private String comment;

    protected RequestEvent() {}

    RequestEvent(AdvanceRequest request, AppUser actor, LocalDateTime at, RequestStatus fromStatus,
            RequestStatus toStatus, BigDecimal amount, String comment) {
        this.request = request;
        this.actor = actor;
        this.at = at;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.amount = amount;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public AppUser getActor() {
        return actor;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public RequestStatus getFromStatus() {
        return fromStatus;
    }

    public RequestStatus getToStatus() {
        return toStatus;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getComment() {
        return comment;
    }
}
