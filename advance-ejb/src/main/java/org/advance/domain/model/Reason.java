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

/** A prefilled reason an employer offers its staff when they accept or refuse. */
@NamedQueries({
    @NamedQuery(name = Reason.LABELS, query = "SELECT r.label FROM Reason r WHERE r.employer.id = :employer AND r.kind = :kind"
            + " ORDER BY r.position, r.id")
})
@Entity
@Table(name = "reason")
public class Reason {

    /** The names of this entity's queries (see the repositories of {@code infrastructure.persistence}). */
    public static final String LABELS = "Reason.labels";

    @Id
    @SequenceGenerator(name = "reason_seq", sequenceName = "reason_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reason_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReasonKind kind;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected Reason() {}

    public Reason(Employer employer, ReasonKind kind, String label, int position) {
        this.employer = employer;
        this.kind = kind;
        this.label = label;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public ReasonKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }
}
