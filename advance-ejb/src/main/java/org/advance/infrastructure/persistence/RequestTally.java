package org.advance.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.advance.domain.model.RequestStatus;

/** How many answered requests an agency has in a final status (V7): see {@link RequestTallies}. */
@Entity
@Table(name = "request_tally")
@IdClass(RequestTally.Key.class)
public class RequestTally {

    @Id
    @Column(name = "agency_id")
    private long agencyId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private RequestStatus status;

    @Column(nullable = false)
    private long n;

    protected RequestTally() {}

    RequestTally(long agencyId, RequestStatus status) {
        this.agencyId = agencyId;
        this.status = status;
    }

    /** The composite key (agency, status); a plain class, as JPA providers instantiate it reflectively. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long agencyId;
        private RequestStatus status;

        public Key() {}

        public Key(long agencyId, RequestStatus status) {
            this.agencyId = agencyId;
            this.status = status;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.agencyId == agencyId && k.status == status;
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, status);
        }
    }
}
