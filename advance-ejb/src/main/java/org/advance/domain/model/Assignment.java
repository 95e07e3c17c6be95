package org.advance.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A worker's work for one agency: what the maximum advance is computed from. Hours are those
 * validated since the last payday ({@code periodStart}); null when the agency knows none yet.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

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
