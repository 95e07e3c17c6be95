package org.advance.interfaces.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.SortKey;

/**
 * Query parameters arrive as text and are parsed here rather than by JAX-RS, whose conversion
 * failures answer 404 without a word; here each failure is a {@link BadInput} naming the field.
 * Strictly: ASCII digits, ISO dates, true/false, nothing around them (" 10" is refused, not read).
 */
final class Params {

    static final int DEFAULT_LIMIT = 20;
    private static final java.util.regex.Pattern ASCII_INTEGER = java.util.regex.Pattern.compile("-?[0-9]{1,19}");
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** Dates outside this range are forged: no request was ever made then. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private Params() {}

    static Long optionalLong(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value;
        // Only ASCII digits: Long.valueOf also reads "१०" or "１０" as 10, which no client means.
        if (!ASCII_INTEGER.matcher(digits).matches()) {
            throw new BadInput(BadInput.Code.INVALID_NUMBER, field);
        }
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException tooLarge) {
            throw new BadInput(BadInput.Code.INVALID_NUMBER, field);
        }
    }

    static int intOr(String value, int fallback, int min, String field) {
        Long parsed = optionalLong(value, field);
        if (parsed == null) {
            return fallback;
        }
        if (parsed < min || parsed > Integer.MAX_VALUE) {
            throw new BadInput(BadInput.Code.INVALID_NUMBER, field);
        }
        return parsed.intValue();
    }

    static boolean booleanOr(String value, boolean fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadInput(BadInput.Code.INVALID_BOOLEAN, field);
        };
    }

    static LocalDate optionalDate(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        String text = value;
        if (!ISO_DATE.matcher(text).matches()) {
            throw new BadInput(BadInput.Code.INVALID_DATE, field);
        }
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new BadInput(BadInput.Code.INVALID_DATE, field);
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new BadInput(BadInput.Code.DATE_OUT_OF_RANGE, field, EARLIEST.toString(), LATEST.toString());
        }
        return date;
    }

    /** offset, limit (at most {@link PageRequest#MAX_LIMIT}), a sort named by its constant, and the direction. */
    static <S extends Enum<S> & SortKey> PageRequest<S> page(Class<S> sorts, String offset, String limit, String sort,
            String asc) {
        S key;
        if (sort == null || sort.isBlank()) {
            key = sorts.getEnumConstants()[0];
        } else {
            try {
                key = Enum.valueOf(sorts, sort.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInput(BadInput.Code.INVALID_SORT, "sort");
            }
        }
        return new PageRequest<>(intOr(offset, 0, 0, "offset"),
                Math.min(PageRequest.MAX_LIMIT, intOr(limit, DEFAULT_LIMIT, 1, "limit")), key,
                booleanOr(asc, false, "asc"));
    }
}
