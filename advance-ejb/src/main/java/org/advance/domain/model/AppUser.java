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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * An account: a temp worker, an agency staff member (of one employer, with access to some of its
 * agencies) or an administrator.
 */
@NamedQueries({
    @NamedQuery(name = AppUser.BY_LOGIN, query = "SELECT u FROM AppUser u WHERE u.login = :login")
})
@Entity
@Table(name = "app_user")
public class AppUser {

    /** The names of this entity's queries (see the repositories of {@code infrastructure.persistence}). */
    public static final String BY_LOGIN = "AppUser.byLogin";

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String login;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(nullable = false, length = 200)
    private String email;

    /** "fr" or "en": the language of his pages and mails. */
    @Column(nullable = false, length = 5)
    private String locale = "fr";

    @Enumerated(EnumType.STRING)
    @Column(name = "user_role", nullable = false, length = 10)
    private Role role;

    /** Staff only: the employer whose agencies he works in. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    /** Staff only: whether he sees the advances service and gets the daily digest. */
    @Column(name = "advances_permission", nullable = false)
    private boolean advancesPermission;

    /** Staff only: the agencies he works for. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "staff_agency",
            joinColumns = @JoinColumn(name = "staff_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new HashSet<>();

    protected AppUser() {}

    public AppUser(String login, String passwordHash, String fullName, String email, String locale, Role role) {
        this.login = login;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.locale = locale;
        this.role = role;
    }

    /** Makes this account a staff member of the employer with access to the given agencies. */
    public void assignToAgencies(Employer staffEmployer, boolean permission, Set<Agency> staffAgencies) {
        this.employer = staffEmployer;
        this.advancesPermission = permission;
        this.agencies = new HashSet<>(staffAgencies);
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Role getRole() {
        return role;
    }

    public Employer getEmployer() {
        return employer;
    }

    public boolean hasAdvancesPermission() {
        return advancesPermission;
    }

    public Set<Agency> getAgencies() {
        return agencies;
    }
}
