package org.advance.it;

import static org.advance.it.Asking.ask;
import static org.advance.it.Asking.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.advance.application.WorkerService;
import org.advance.application.dto.AgencyChoice;
import org.advance.application.dto.RequestForm;
import org.advance.application.dto.RequestRow;
import org.advance.application.dto.SubmitCommand;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.WorkerSort;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.model.RequestStatus;
import org.advance.domain.rules.MaximumBasis;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The worker's journey through WorkerService, in the container, on the real database. */
@InContainer
class WorkerServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("worker-it");
    }

    @EJB
    private WorkerService workers;

    @EJB
    private Fixtures fixtures;

    @Resource
    private ManagedExecutorService executor;

    private Scenario s;

    @BeforeEach
    void newWorld() {
        s = fixtures.scenario();
    }

    /** Refused with this code and field, and the worker has no request more than before. */
    private void assertRefused(ErrorCode expected, String field, Executable call) {
        AdvanceException e = Asking.assertRefused(expected, () -> fixtures.requestCount(s.worker().userId()), call);
        assertEquals(field, e.field());
    }

    @Test
    void theWorkerSeesTheEmployersHeWorkedFor() {
        var employers = workers.employers(s.worker());
        assertEquals(1, employers.size());
        assertEquals(s.employerId(), employers.get(0).id());
        assertEquals("Employer " + s.suffix(), employers.get(0).name());
    }

    @Test
    void theFormOffersHisAgenciesWithTheMaximumAndItsBreakdown() {
        RequestForm form = workers.requestForm(s.worker(), s.employerId());
        assertTrue(form.agencyChoiceNeeded());
        AgencyChoice a = form.agencies().stream().filter(c -> c.id() == s.agencyA()).findFirst().orElseThrow();
        assertEquals(MaximumBasis.EARNED_PAY, a.maximum().basis());
        assertEquals(new BigDecimal("1250.00"), a.maximum().earnedPay());
        assertEquals(new BigDecimal("1000.00"), a.maximum().maximum());
        AgencyChoice b = form.agencies().stream().filter(c -> c.id() == s.agencyB()).findFirst().orElseThrow();
        assertEquals(MaximumBasis.FIXED_CEILING, b.maximum().basis());
        assertEquals(new BigDecimal("300.00"), b.maximum().maximum());
        assertFalse(workers.requestForm(s.otherWorker(), s.employerId()).agencyChoiceNeeded());
    }

    @Test
    void anEmployerHeNeverWorkedForIsUnknownToHim() {
        assertRefused(ErrorCode.NOT_FOUND, null, () -> workers.requestForm(s.worker(), s.foreignEmployerId()));
    }

    @Test
    void askingAnAmountSendsARequest() {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "150.50", "Pour le loyer");
        assertEquals(RequestStatus.SENT, row.status());
        assertEquals(new BigDecimal("150.50"), row.askedAmount());
        assertFalse(row.askedMaximum());
        assertEquals("Pour le loyer", row.workerComment());
        assertEquals("A " + s.suffix(), row.agencyName());
        assertNull(row.grantedAmount());
        assertEquals(1, fixtures.eventCount(row.id()));
        assertTrue(workers.requestForm(s.worker(), s.employerId()).agencies().stream()
                .anyMatch(c -> c.id() == s.agencyA() && c.hasOpenRequest()));
    }

    @Test
    void askingTheMaximumRecordsTheMaximumOfThatMoment() {
        RequestRow row = ask(workers, s.worker(), s.agencyB(), null, null);
        assertTrue(row.askedMaximum());
        assertEquals(new BigDecimal("300.00"), row.askedAmount());
    }

    @Test
    void theSameKeyTwiceIsOneRequest() {
        SubmitCommand command = new SubmitCommand(s.agencyA(), new BigDecimal("80"), false, null, key());
        RequestRow first = workers.submit(s.worker(), command);
        RequestRow second = workers.submit(s.worker(), command);
        assertEquals(first.id(), second.id());
        assertEquals(1, fixtures.requestCount(s.worker().userId()));
    }

    @Test
    void aDoubleClickAtTheSameInstantIsOneRequest() throws Exception {
        SubmitCommand command = new SubmitCommand(s.agencyA(), new BigDecimal("80"), false, null, key());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RequestRow>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(executor.submit(() -> {
                go.await();
                return workers.submit(s.worker(), command);
            }));
        }
        go.countDown();
        assertEquals(clicks.get(0).get().id(), clicks.get(1).get().id());
        assertEquals(1, fixtures.requestCount(s.worker().userId()));
    }

    @Test
    void onlyOneUnansweredRequestPerAgency() {
        ask(workers, s.worker(), s.agencyA(), "50", null);
        assertRefused(ErrorCode.OPEN_REQUEST_EXISTS, "agency", () -> ask(workers, s.worker(), s.agencyA(), "60", null));
        // Another agency is another queue.
        ask(workers, s.worker(), s.agencyB(), "60", null);
    }

    @Test
    void badAmountsAreRefusedAndStoreNothing() {
        assertRefused(ErrorCode.AMOUNT_NOT_POSITIVE, "amount", () -> ask(workers, s.worker(), s.agencyA(), "-10", null));
        assertRefused(ErrorCode.AMOUNT_NOT_POSITIVE, "amount", () -> ask(workers, s.worker(), s.agencyA(), "0", null));
        assertRefused(ErrorCode.AMOUNT_TOO_PRECISE, "amount", () -> ask(workers, s.worker(), s.agencyA(), "10.001", null));
        assertRefused(ErrorCode.AMOUNT_TOO_LARGE, "amount", () -> ask(workers, s.worker(), s.agencyA(), "1e12", null));
        assertRefused(ErrorCode.AMOUNT_ABOVE_MAXIMUM, "amount", () -> ask(workers, s.worker(), s.agencyA(), "1000.01", null));
        assertRefused(ErrorCode.AMOUNT_REQUIRED, "amount",
                () -> workers.submit(s.worker(), new SubmitCommand(s.agencyA(), null, false, null, key())));
        assertRefused(ErrorCode.AMOUNT_AND_MAXIMUM, "amount", () -> workers.submit(s.worker(),
                new SubmitCommand(s.agencyA(), BigDecimal.TEN, true, null, key())));
        assertEquals(new BigDecimal("1000.00"), ask(workers, s.worker(), s.agencyA(), "1000", null).askedAmount());
    }

    @Test
    void badCommentsAndKeysAreRefused() {
        assertRefused(ErrorCode.TEXT_TOO_LONG, "comment", () -> ask(workers, s.worker(), s.agencyA(), "10", "x".repeat(501)));
        assertRefused(ErrorCode.TEXT_INVALID_CHARACTERS, "comment",
                () -> ask(workers, s.worker(), s.agencyA(), "10", "bell\u0007"));
        assertRefused(ErrorCode.IDEMPOTENCY_KEY_INVALID, null, () -> workers.submit(s.worker(),
                new SubmitCommand(s.agencyA(), BigDecimal.TEN, false, null, "short")));
        assertRefused(ErrorCode.IDEMPOTENCY_KEY_INVALID, null, () -> workers.submit(s.worker(),
                new SubmitCommand(s.agencyA(), BigDecimal.TEN, false, null, "'; DROP TABLE advance_request; --")));
    }

    @Test
    void hostileTextIsStoredAsTypedNeverInterpreted() {
        String xss = "<img src=x onerror=alert(1)> & <script>alert('x')</script>";
        assertEquals(xss, ask(workers, s.worker(), s.agencyA(), "10", xss).workerComment());
    }

    @Test
    void heCannotAskAnAgencyHeNeverWorkedFor() {
        assertRefused(ErrorCode.NOT_FOUND, "agency", () -> ask(workers, s.worker(), s.foreignAgency(), "10", null));
        assertRefused(ErrorCode.NOT_FOUND, "agency", () -> ask(workers, s.worker(), 987654321L, "10", null));
    }

    @Test
    void heCancelsHisRequestOnlyWhileItWaits() {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "70", null);
        assertEquals(RequestStatus.CANCELLED, workers.cancel(s.worker(), row.id()).status());
        assertEquals(2, fixtures.eventCount(row.id()));
        AdvanceException again = assertThrows(AdvanceException.class, () -> workers.cancel(s.worker(), row.id()));
        assertEquals(ErrorCode.REQUEST_CLOSED, again.code());
        // Once cancelled, he may ask that agency again.
        ask(workers, s.worker(), s.agencyA(), "70", null);
    }

    @Test
    void anotherWorkersRequestDoesNotExistForHim() {
        RequestRow theirs = ask(workers, s.otherWorker(), s.agencyA(), "40", null);
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(AdvanceException.class, () -> workers.cancel(s.worker(), theirs.id())).code());
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(AdvanceException.class, () -> workers.detail(s.worker(), theirs.id())).code());
        assertEquals(RequestStatus.SENT, workers.detail(s.otherWorker(), theirs.id()).request().status());
    }

    @Test
    void staffCannotUseTheWorkersService() {
        assertEquals(ErrorCode.NOT_ALLOWED,
                assertThrows(AdvanceException.class, () -> workers.employers(s.staffA())).code());
    }

    @Test
    void hisListPagesAndSortsInTheDatabase() {
        RequestRow first = ask(workers, s.worker(), s.agencyA(), "300", null);
        workers.cancel(s.worker(), first.id());
        RequestRow second = ask(workers, s.worker(), s.agencyA(), "100", null);
        workers.cancel(s.worker(), second.id());
        RequestRow third = ask(workers, s.worker(), s.agencyB(), "200", null);
        ask(workers, s.otherWorker(), s.agencyA(), "10", null);

        assertEquals(3, workers.countRequests(s.worker(), s.employerId()));
        assertEquals(List.of(third.id(), second.id(), first.id()), ids(WorkerSort.DATE, false, 0, 10));
        assertEquals(List.of(second.id(), third.id(), first.id()), ids(WorkerSort.AMOUNT, true, 0, 10));
        assertEquals(List.of(third.id()), ids(WorkerSort.AGENCY, false, 0, 1));
        assertEquals(List.of(first.id()), ids(WorkerSort.DATE, false, 2, 10));
        // An employer he never worked for is "introuvable", like in the form (issue 11), not an empty list.
        assertRefused(ErrorCode.NOT_FOUND, null, () -> workers.countRequests(s.worker(), s.foreignEmployerId()));
        assertRefused(ErrorCode.NOT_FOUND, null, () -> workers.requests(s.worker(), s.foreignEmployerId(),
                new PageRequest<>(0, 10, WorkerSort.DATE, false)));
    }

    private List<Long> ids(WorkerSort sort, boolean ascending, int offset, int limit) {
        return workers.requests(s.worker(), s.employerId(), new PageRequest<>(offset, limit, sort, ascending))
                .stream().map(RequestRow::id).toList();
    }
}
