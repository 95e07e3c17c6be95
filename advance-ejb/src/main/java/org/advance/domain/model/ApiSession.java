package org.advance.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A session of the HTTP API: the mobile app logged in once with the password and now sends a
 * bearer token. Only the token's SHA-256 is stored; the token itself exists only in the app.
 */
@NamedQueries({
    @NamedQuery(name = ApiSession.DELETE_EXPIRED, query = "DELETE FROM ApiSession s WHERE s.user = :user AND s.expiresAt <= :now"),
    @NamedQuery(name = ApiSession.BY_TOKEN_HASH, query = "SELECT s FROM ApiSession s JOIN FETCH s.user WHERE s.tokenHash = :hash"),
    @NamedQuery(name = ApiSession.DELETE_OF_USER, query = "DELETE FROM ApiSession s WHERE s.tokenHash = :hash AND s.user.id = :user")
})
@Entity
@Table(name = "api_session")
public class ApiSession {

    /** The names of this entity's queries (see the repositories of {@code infrastructure.persistence}). */
    public static final String DELETE_EXPIRED = "ApiSession.deleteExpired";
    public static final String BY_TOKEN_HASH = "ApiSession.byTokenHash";
    public static final String DELETE_OF_USER = "ApiSession.deleteOfUser";

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected ApiSession() {}

    public ApiSession(String tokenHash, AppUser user, LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public AppUser getUser() {
        return user;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public boolean isValidAt(LocalDateTime now) {
        return now.isBefore(expiresAt);
    }
}
