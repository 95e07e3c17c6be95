package org.advance.infrastructure.batch;

import jakarta.ejb.ScheduleExpression;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advance.domain.Times;

/**
 * When the digest goes out every day, in Paris time. Read from the system property
 * advance.digest.schedule ("HH:MM", default 11:00) so that operators change it without a rebuild.
 */
public record DigestTime(int hour, int minute) {

    public static final String PROPERTY = "advance.digest.schedule";
    public static final DigestTime DEFAULT = new DigestTime(11, 0);
    private static final Pattern HH_MM = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*");

    public DigestTime {
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new IllegalArgumentException("not a time of day: " + hour + ":" + minute);
        }
    }

    /** "11:00", "7:30"; anything else is refused with a message naming the property. */
    public static DigestTime parse(String text) {
        Matcher m = HH_MM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(PROPERTY + " must be HH:MM (Paris time), not \"" + text + "\"");
        }
        return new DigestTime(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Every day at this time, Europe/Paris (summer time included). */
    public ScheduleExpression expression() {
        return new ScheduleExpression().dayOfWeek("*").hour(hour).minute(minute).second(0)
                .timezone(Times.PARIS.getId());
    }

    /** Whether a timer's schedule is this one (how a restarted server recognises its own timer). */
    public boolean matches(ScheduleExpression e) {
        return e != null && String.valueOf(hour).equals(e.getHour()) && String.valueOf(minute).equals(e.getMinute())
                && "0".equals(e.getSecond()) && "*".equals(e.getDayOfWeek()) && "*".equals(e.getDayOfMonth())
                && "*".equals(e.getMonth()) && "*".equals(e.getYear()) && Times.PARIS.getId().equals(e.getTimezone());
    }

    @Override
    public String toString() {
        return String.format("%02d:%02d %s", hour, minute, Times.PARIS.getId());
    }
}
