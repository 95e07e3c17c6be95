package org.advance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.advance.domain.model.AdvanceRequest;
import org.advance.domain.model.Agency;
import org.advance.domain.model.AppUser;
import org.advance.domain.model.Employer;
import org.advance.domain.model.RequestEvent;
import org.advance.domain.model.RequestStatus;
import org.advance.domain.model.Role;
import org.advance.domain.rules.AgencyPolicy;
import org.advance.domain.rules.MaximumAmount;
import org.advance.domain.rules.MaximumAmountCalculator;
import org.junit.jupiter.api.Test;

/** The status machine as the request applies it, with amounts and history. */
class AdvanceRequestTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 2, 9, 30);
    private final Agency agency = new Agency(new Employer("Intérim Plus"), "Lyon 3",
            new AgencyPolicy(80, new BigDecimal("300")));
    private final AppUser worker = new AppUser("w", "h", "Marie Durand", "w@x", "fr", Role.WORKER);
    private final AppUser staff = new AppUser("s", "h", "Claire Bernard", "s@x", "fr", Role.STAFF);

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static MaximumAmount maximum(String amount) {
        return MaximumAmountCalculator.compute(new AgencyPolicy(100, eur(amount)), null, null, BigDecimal.ZERO);
    }

    private AdvanceRequest asked(String amount) {
        return AdvanceRequest.submit(worker, agency, eur(amount), false, "merci", "key-00000001", T0);
    }

    private AdvanceRequest askedMaximum(String maximumThen) {
        return AdvanceRequest.submit(worker, agency, eur(maximumThen), true, null, "key-00000002", T0);
    }

    @Test
    void aNewRequestIsSentWithItsFirstHistoryLine() {
        AdvanceRequest request = asked("150.00");
        assertEquals(RequestStatus.SENT, request.getStatus());
        assertEquals(1, request.getHistory().size());
        RequestEvent created = request.getHistory().get(0);
        assertNull(created.getFromStatus());
        assertEquals(RequestStatus.SENT, created.getToStatus());
        assertEquals(eur("150.00"), created.getAmount());
        assertEquals("merci", created.getComment());
        assertEquals(worker, created.getActor());
    }

    @Test
    void acceptingWithoutAmountGrantsTheAmountAsked() {
        AdvanceRequest request = asked("150.00");
        request.accept(staff, null, maximum("1000"), "Heures validées", "Bonne journée", T0.plusHours(2));
        assertEquals(RequestStatus.ACCEPTED, request.getStatus());
        assertEquals(eur("150.00"), request.getGrantedAmount());
        assertFalse(request.isPartial());
        assertEquals(staff, request.getDecidedBy());
        assertEquals(T0.plusHours(2), request.getDecidedAt());
        RequestEvent answer = request.getHistory().get(1);
        assertEquals(RequestStatus.SENT, answer.getFromStatus());
        assertEquals(RequestStatus.ACCEPTED, answer.getToStatus());
        assertEquals("Heures validées — Bonne journée", answer.getComment());
    }

    @Test
    void acceptingALowerAmountIsAPartialAcceptance() {
        AdvanceRequest request = asked("150.00");
        request.accept(staff, eur("100"), maximum("1000"), null, null, T0);
        assertEquals(eur("100.00"), request.getGrantedAmount());
        assertTrue(request.isPartial());
    }

    @Test
    void staffCannotGrantMoreThanAskedNorMoreThanTheMaximum() {
        AdvanceRequest request = asked("150.00");
        assertEquals(ErrorCode.AMOUNT_ABOVE_ASKED, assertThrows(AdvanceException.class,
                () -> request.accept(staff, eur("150.01"), maximum("1000"), null, null, T0)).code());
        assertEquals(ErrorCode.AMOUNT_ABOVE_MAXIMUM, assertThrows(AdvanceException.class,
                () -> request.accept(staff, null, maximum("120"), null, null, T0)).code());
        assertEquals(ErrorCode.AMOUNT_NOT_POSITIVE, assertThrows(AdvanceException.class,
                () -> request.accept(staff, eur("-3"), maximum("1000"), null, null, T0)).code());
        assertEquals(RequestStatus.SENT, request.getStatus());
        assertEquals(1, request.getHistory().size());
    }

    @Test
    void aMaximumRequestIsGrantedTheMaximumAtDecisionTime() {
        AdvanceRequest request = askedMaximum("200.00");
        request.accept(staff, null, maximum("260"), null, null, T0);
        assertEquals(eur("260.00"), request.getGrantedAmount());
    }

    @Test
    void aMaximumRequestCannotBeGrantedWhenTheMaximumIsNowZero() {
        AdvanceRequest request = askedMaximum("200.00");
        assertEquals(ErrorCode.MAXIMUM_IS_ZERO, assertThrows(AdvanceException.class,
                () -> request.accept(staff, null, maximum("0"), null, null, T0)).code());
    }

    @Test
    void refusingKeepsReasonAndComment() {
        AdvanceRequest request = asked("80.00");
        request.refuse(staff, "Heures non validées", "Rappelez-nous lundi", T0);
        assertEquals(RequestStatus.REFUSED, request.getStatus());
        assertNull(request.getGrantedAmount());
        assertEquals("Heures non validées", request.getDecisionReason());
        assertEquals("Rappelez-nous lundi", request.getAgencyComment());
    }

    @Test
    void theWorkerMayCancelOnlyWhileItWaits() {
        AdvanceRequest request = asked("80.00");
        request.cancel(worker, T0);
        assertEquals(RequestStatus.CANCELLED, request.getStatus());
        assertEquals(2, request.getHistory().size());
        assertEquals(ErrorCode.REQUEST_CLOSED,
                assertThrows(AdvanceException.class, () -> request.cancel(worker, T0)).code());
    }

    @Test
    void everyAnswerIsFinal() {
        assertFinal(r -> r.accept(staff, null, maximum("1000"), null, null, T0), ErrorCode.ALREADY_DECIDED);
        assertFinal(r -> r.refuse(staff, null, null, T0), ErrorCode.ALREADY_DECIDED);
        assertFinal(r -> r.cancel(worker, T0), ErrorCode.REQUEST_CLOSED);
    }

    /** After {@code first}, every other move is refused with {@code expected} and changes nothing. */
    private void assertFinal(Consumer<AdvanceRequest> first, ErrorCode expected) {
        AdvanceRequest request = asked("50.00");
        first.accept(request);
        RequestStatus reached = request.getStatus();
        int lines = request.getHistory().size();
        assertEquals(expected, assertThrows(AdvanceException.class,
                () -> request.accept(staff, null, maximum("1000"), null, null, T0)).code());
        assertEquals(expected, assertThrows(AdvanceException.class,
                () -> request.refuse(staff, null, null, T0)).code());
        assertEquals(ErrorCode.REQUEST_CLOSED, assertThrows(AdvanceException.class,
                () -> request.cancel(worker, T0)).code());
        assertEquals(reached, request.getStatus());
        assertEquals(lines, request.getHistory().size());
    }

    @Test
    void theDeciderIsNamedToWhoeverComesSecond() {
        AdvanceRequest request = asked("50.00");
        request.refuse(staff, null, null, T0);
        AdvanceException late = assertThrows(AdvanceException.class,
                () -> request.accept(staff, null, maximum("1000"), null, null, T0));
        assertEquals("REFUSED", late.args()[0]);
        assertEquals("Claire Bernard", late.args()[1]);
    }
}
