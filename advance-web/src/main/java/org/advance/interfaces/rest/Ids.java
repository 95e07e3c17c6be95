package org.advance.interfaces.rest;

import org.advance.domain.AdvanceException;

/**
 * Path ids: anything that is not a positive number in ASCII digits names nothing, so it is answered
 * like an unknown id (Long.parseLong alone would read "١٢" or "１２" as 12).
 */
final class Ids {

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]{1,19}");

    private Ids() {}

    static long of(String text) {
        return of(text, null);
    }

    /** @param what the kind of thing the id names ("employer"), for the "introuvable" sentence */
    static long of(String text, String what) {
        if (text != null && DIGITS.matcher(text).matches()) {
            try {
                long id = Long.parseLong(text);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException tooLarge) {
                // falls through to "not found"
            }
        }
        throw what == null ? AdvanceException.notFound() : AdvanceException.notFound(what);
    }
}
