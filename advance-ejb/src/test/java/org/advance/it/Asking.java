package org.advance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.advance.application.Caller;
import org.advance.application.WorkerService;
import org.advance.application.dto.RequestRow;
import org.advance.application.dto.SubmitCommand;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.junit.jupiter.api.function.Executable;

/** A worker's request and a refused call, as every in-container test makes and checks them. */
final class Asking {

    private Asking() {}

    /** A fresh idempotency key: a new request, not the repeat of an earlier one. */
    static String key() {
        return UUID.randomUUID().toString();
    }

    /** The request a worker sends from the form; amount null asks for the maximum. */
    static SubmitCommand command(long agency, String amount, String comment) {
        return new SubmitCommand(agency, amount == null ? null : new BigDecimal(amount), amount == null, comment, key());
    }

    static RequestRow ask(WorkerService workers, Caller who, long agency, String amount, String comment) {
        return workers.submit(who, command(agency, amount, comment));
    }

    /** Refused with this code, and what {@code stored} counts is what it was before the call. */
    static AdvanceException assertRefused(ErrorCode expected, LongSupplier stored, Executable call) {
        long before = stored.getAsLong();
        AdvanceException e = assertThrows(AdvanceException.class, call);
        assertEquals(expected, e.code(), e.getMessage());
        assertEquals(before, stored.getAsLong(), "a refused call changes nothing");
        return e;
    }
}
