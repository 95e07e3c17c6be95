package org.advance.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A staffing company or group ("Intérim Plus"); it owns agencies. */
@Entity
@Table(name = "employer")
public class Employer {

    @Id
    @SequenceGenerator(name = "employer_seq", sequenceName = "employer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employer_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    protected Employer() {}

    public Employer(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
