package org.advance.interfaces.rest;

import org.advance.domain.AdvanceException;

/** Path ids: anything that is not a positive number names nothing, so it is answered like an unknown id. */
final class Ids {

    private Ids() {}

    static long of(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // falls through to "not found"
        }
        throw AdvanceException.notFound();
    }
}
