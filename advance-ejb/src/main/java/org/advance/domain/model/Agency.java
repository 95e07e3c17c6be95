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
import org.advance.domain.rules.AgencyPolicy;

/** A branch of an employer ("Intérim Plus Lyon 3"), with its advance policy. */
@NamedQueries({
    @NamedQuery(name = Agency.OF_STAFF, query = "SELECT NEW org.advance.application.dto.AgencyView(a.id, a.name)"
            + Agency.OF_STAFF_MEMBER + " ORDER BY a.name"),
    @NamedQuery(name = Agency.IDS_OF_STAFF, query = "SELECT a.id" + Agency.OF_STAFF_MEMBER + " ORDER BY a.id"),
    @NamedQuery(name = Agency.COUNT_OF_EMPLOYER, query = "SELECT COUNT(a) FROM Agency a WHERE a.id = :agency AND a.employer.id = :employer")
})
@Entity
@Table(name = "agency")
public class Agency {

    /** The names of this entity's queries (see the repositories of {@code infrastructure.persistence}). */
    public static final String OF_STAFF = "Agency.ofStaff";
    public static final String IDS_OF_STAFF = "Agency.idsOfStaff";
    public static final String COUNT_OF_EMPLOYER = "Agency.countOfEmployer";
    /** The agencies a staff member works for: shown by name, or their ids. */
    static final String OF_STAFF_MEMBER = " FROM AppUser u JOIN u.agencies a WHERE u.id = :staff";

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "percent_of_earned_pay", nullable = false)
    private int percentOfEarnedPay = AgencyPolicy.DEFAULT_PERCENT;

    @Column(name = "ceiling_without_hours", nullable = false, precision = 10, scale = 2)
    private BigDecimal ceilingWithoutHours;

    protected Agency() {}

    public Agency(Employer employer, String name, AgencyPolicy policy) {
        this.employer = employer;
        this.name = name;
        this.percentOfEarnedPay = policy.percentOfEarnedPay();
        this.ceilingWithoutHours = policy.ceilingWithoutHours();
    }

    public AgencyPolicy policy() {
        return new AgencyPolicy(percentOfEarnedPay, ceilingWithoutHours);
    }

    public Long getId() {
        return id;
    }

    public Employer getEmployer() {
        return employer;
    }

    public String getName() {
        return name;
    }
}
