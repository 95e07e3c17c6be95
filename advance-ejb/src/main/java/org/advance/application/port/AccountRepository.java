package org.advance.application.port;

import java.time.LocalDateTime;
import java.util.Optional;
import org.advance.domain.model.ApiSession;
import org.advance.domain.model.AppUser;

/** Accounts by login, and the sessions of the HTTP API. */
public interface AccountRepository {

    Optional<AppUser> byLogin(String login);

    /** Drops the user's sessions expired at this time. */
    void deleteExpiredSessions(AppUser user, LocalDateTime now);

    /** The session stored under this token hash, with its account read in the same statement. */
    Optional<ApiSession> sessionByTokenHash(String tokenHash);

    /** Drops the session stored under this token hash, if it is this user's. */
    void deleteSession(String tokenHash, long userId);
}
