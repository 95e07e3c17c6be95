package org.advance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.advance.domain.model.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestStatusTest {

    @Test
    void aSentRequestMayBeAcceptedRefusedOrCancelled() {
        assertEquals(EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.REFUSED, RequestStatus.CANCELLED),
                RequestStatus.SENT.allowedNext());
        assertFalse(RequestStatus.SENT.canMoveTo(RequestStatus.SENT));
        assertFalse(RequestStatus.SENT.isFinal());
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"ACCEPTED", "REFUSED", "CANCELLED"})
    void answersAreFinal(RequestStatus status) {
        assertTrue(status.isFinal());
        for (RequestStatus target : RequestStatus.values()) {
            assertFalse(status.canMoveTo(target), status + " -> " + target);
        }
    }

    @Test
    void everyStatusHasALabelKey() {
        assertEquals("status.SENT", RequestStatus.SENT.labelKey());
    }
}
