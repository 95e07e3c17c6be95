package org.advance.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The service stores UTC and speaks Paris time: agencies' days, the 11:00 digest and the dates
 * shown on pages and in mails are those of Europe/Paris.
 */
public final class Times {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Times() {}

    public static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public static LocalDate todayInParis() {
        return LocalDate.now(PARIS);
    }

    /** The UTC instant at which a Paris day starts. */
    public static LocalDateTime startOfParisDayUtc(LocalDate day) {
        return day.atStartOfDay(PARIS).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public static ZonedDateTime inParis(LocalDateTime utc) {
        return utc == null ? null : utc.atZone(ZoneOffset.UTC).withZoneSameInstant(PARIS);
    }
}
