package org.advance.application.port;

import java.time.LocalDateTime;
import java.util.List;
import org.advance.application.dto.ThrottleView;

/** The counted wrong passwords of the sign-in throttle (the rows themselves are read and written by key). */
public interface ThrottleRepository {

    /** Forgets one key's failures. */
    void delete(String key);

    /** The keys with a failure after this time, newest first, at most {@code limit}. */
    List<ThrottleView> failedSince(LocalDateTime since, int limit);

    /** Forgets the keys of this login or of this address; returns how many. */
    int deleteOfLoginOrAddress(String login, String address);
}
