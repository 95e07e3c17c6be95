package org.advance.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;

/**
 * A worker's work for one agency: what the maximum advance is computed from. Hours are those
 * validated since the last payday ({@code periodStart}); null when the agency knows none yet.
 */
@NamedQueries({
    @NamedQuery(name = Assignment.OF_WORKER_AT_AGENCY, query = "SELECT s FROM Assignment s WHERE s.worker.id = :worker AND s.agency.id = :agency"),
    @NamedQuery(name = Assignment.AT_EMPLOYER, query = "SELECT s" + Assignment.OF_WORKER_AT_EMPLOYER),
    @NamedQuery(name = Assignment.AGENCY_IDS_AT_EMPLOYER, query = "SELECT a.id" + Assignment.OF_WORKER_AT_EMPLOYER),
    @NamedQuery(name = Assignment.EMPLOYERS, query = "SELECT DISTINCT NEW org.advance.application.dto.EmployerView(e.id, e.name)"
            + " FROM Assignment s JOIN s.agency a JOIN a.employer e WHERE s.worker.id = :worker ORDER BY e.name")
})
@Entity
@Table(name = "assignment")
public class Assignment {

    /** The names of this entity's queries (see the repositories of {@code infrastructure.persistence}). */
    public static final String OF_WORKER_AT_AGENCY = "Assignment.ofWorkerAtAgency";
    public static final String AT_EMPLOYER = "Assignment.atEmployer";
    public static final String AGENCY_IDS_AT_EMPLOYER = "Assignment.agencyIdsAtEmployer";
    public static final String EMPLOYERS = "Assignment.employers";
    /** A worker's assignments at an employer, by agency name: the entities, or their agencies' ids. */
    static final String OF_WORKER_AT_EMPLOYER = " FROM Assignment s JOIN s.agency a"
            + " WHERE s.worker.id = :worker AND a.employer.id = :employer ORDER BY a.name";

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "worker_id")
    private AppUser worker;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "hourly_rate", nullable = false, precision = 8, scale = 2)
    private BigDecimal hourlyRate;

    @Column(name = "validated_hours", precision = 8, scale = 2)
    private BigDecimal validatedHours;

    /** The last payday: advances granted from this day on count against the maximum. */
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    protected Assignment() {}

    public Assignment(AppUser worker, Agency agency, BigDecimal hourlyRate, BigDecimal validatedHours, LocalDate periodStart) {
        this.worker = worker;
        this.agency = agency;
        this.hourlyRate = hourlyRate;
        this.validatedHours = validatedHours;
        this.periodStart = periodStart;
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

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public BigDecimal getValidatedHours() {
        return validatedHours;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }
}
