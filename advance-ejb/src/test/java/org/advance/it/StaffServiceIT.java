package org.advance.it;

import static org.advance.it.Asking.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.advance.application.Caller;
import org.advance.application.StaffService;
import org.advance.application.WorkerService;
import org.advance.application.dto.Decision;
import org.advance.application.dto.DecisionForm;
import org.advance.application.dto.HistoryLine;
import org.advance.application.dto.RequestDetail;
import org.advance.application.dto.RequestRow;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.StaffFilter;
import org.advance.application.paging.StaffSort;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.Times;
import org.advance.domain.model.RequestStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The agency's journey through StaffService, in the container, on the real database. */
@InContainer
class StaffServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("staff-it");
    }

    @EJB
    private StaffService staff;

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

    private static Decision decision(String amount, String reason, String comment) {
        return new Decision(amount == null ? null : new BigDecimal(amount), reason, comment);
    }

    private static PageRequest<StaffSort> page(StaffSort sort, boolean ascending) {
        return new PageRequest<>(0, 50, sort, ascending);
    }

    private List<Long> pending(Caller who, StaffFilter filter) {
        return staff.toProcess(who, filter, page(StaffSort.DATE, true)).stream().map(RequestRow::id).toList();
    }

    /** Refused with this code, and the request's history has no line more than before. */
    private void assertRefused(ErrorCode expected, long requestId, Executable call) {
        Asking.assertRefused(expected, () -> fixtures.eventCount(requestId), call);
    }

    @Test
    void staffSeeOnlyTheRequestsOfTheirAgencies() {
        RequestRow inA = ask(workers, s.worker(), s.agencyA(), "100", null);
        RequestRow inB = ask(workers, s.worker(), s.agencyB(), "50", null);
        assertEquals(List.of(inA.id()), pending(s.staffA(), StaffFilter.NONE));
        assertEquals(List.of(inA.id(), inB.id()), pending(s.staffAB(), StaffFilter.NONE));
        assertEquals(2, staff.countToProcess(s.staffAB(), StaffFilter.NONE));
        assertEquals(List.of(), pending(s.staffForeign(), StaffFilter.NONE));
        assertEquals(0, staff.countToProcess(s.staffForeign(), StaffFilter.NONE));
    }

    @Test
    void theTotalsFollowEveryStatusChange() {
        RequestRow a1 = ask(workers, s.worker(), s.agencyA(), "100", null);
        RequestRow b1 = ask(workers, s.worker(), s.agencyB(), "50", null);
        RequestRow a2 = ask(workers, s.otherWorker(), s.agencyA(), "20", null);
        assertTotals(3, 0);
        staff.accept(s.staffA(), a1.id(), decision("60", null, null));
        workers.cancel(s.worker(), b1.id());
        assertTotals(1, 2);
        staff.refuse(s.staffAB(), a2.id(), decision(null, null, null));
        ask(workers, s.worker(), s.agencyA(), "10", null);
        assertTotals(1, 3);
        // The agency filter narrows the totals too; an agency that is not his counts nothing.
        assertEquals(1, staff.countToProcess(s.staffAB(), new StaffFilter(s.agencyA(), null, null)));
        assertEquals(1, staff.countHistory(s.staffAB(), new StaffFilter(s.agencyB(), null, null)));
        assertEquals(0, staff.countHistory(s.staffA(), new StaffFilter(s.agencyB(), null, null)));
        assertEquals(0, staff.countHistory(s.staffForeign(), StaffFilter.NONE));
    }

    @Test
    void waitingRequestsSortedByADecisionColumnComeInReferenceOrder() {
        long first = ask(workers, s.worker(), s.agencyA(), "100", null).id();
        long second = ask(workers, s.otherWorker(), s.agencyA(), "20", null).id();
        long third = ask(workers, s.worker(), s.agencyB(), "30", null).id();
        for (StaffSort sort : List.of(StaffSort.GRANTED, StaffSort.DECIDED_AT, StaffSort.DECIDED_BY)) {
            assertEquals(List.of(first, second, third), staff.toProcess(s.staffAB(), StaffFilter.NONE, page(sort, true))
                    .stream().map(RequestRow::id).toList(), sort.name());
            assertEquals(List.of(third, second, first), staff.toProcess(s.staffAB(), StaffFilter.NONE, page(sort, false))
                    .stream().map(RequestRow::id).toList(), sort.name());
        }
    }

    /**
     * The undated totals (kept as tallies) equal the rows' own count (a date range counts the
     * rows themselves) and the number of rows the tables list.
     */
    private void assertTotals(long pending, long history) {
        StaffFilter allDates = new StaffFilter(null, Times.todayInParis().minusYears(10), Times.todayInParis());
        assertEquals(pending, staff.countToProcess(s.staffAB(), StaffFilter.NONE));
        assertEquals(pending, staff.countToProcess(s.staffAB(), allDates));
        assertEquals(pending, pending(s.staffAB(), StaffFilter.NONE).size());
        assertEquals(history, staff.countHistory(s.staffAB(), StaffFilter.NONE));
        assertEquals(history, staff.countHistory(s.staffAB(), allDates));
        assertEquals(history, staff.history(s.staffAB(), StaffFilter.NONE, page(StaffSort.DATE, false)).size());
    }

    @Test
    void deepPagesContinueTheOrderOfTheFirstOnes() {
        List<Fixtures.Made> made = fixtures.manyRequests(s.worker().userId(), s.agencyA(), 130);
        StaffFilter inA = new StaffFilter(s.agencyA(), null, null);
        Comparator<Fixtures.Made> byDate = Comparator.comparing(Fixtures.Made::createdAt).thenComparing(Fixtures.Made::id);
        Comparator<Fixtures.Made> byAmount = Comparator.comparing(Fixtures.Made::amount).thenComparing(Fixtures.Made::id);
        assertPagedInOrder(inA, StaffSort.DATE, false, made.stream().sorted(byDate.reversed()));
        assertPagedInOrder(inA, StaffSort.DATE, true, made.stream().sorted(byDate));
        assertPagedInOrder(inA, StaffSort.AMOUNT, true, made.stream().sorted(byAmount));
    }

    /** Pages of 20 up to offset 120 (from 100 on, a page looks its rows up by id) read every row once, in order. */
    private void assertPagedInOrder(StaffFilter filter, StaffSort sort, boolean ascending, Stream<Fixtures.Made> expected) {
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < 140; offset += 20) {
            List<RequestRow> rows = staff.history(s.staffA(), filter, new PageRequest<>(offset, 20, sort, ascending));
            rows.forEach(row -> assertEquals(s.agencyA(), row.agencyId()));
            rows.stream().map(RequestRow::id).forEach(paged::add);
        }
        assertEquals(expected.map(Fixtures.Made::id).toList(), paged, sort + (ascending ? " ascending" : " descending"));
    }

    @Test
    void theAgencyFilterNeverWidensTheirReach() {
        RequestRow inA = ask(workers, s.worker(), s.agencyA(), "100", null);
        ask(workers, s.worker(), s.agencyB(), "50", null);
        assertEquals(List.of(inA.id()), pending(s.staffAB(), new StaffFilter(s.agencyA(), null, null)));
        // Naming an agency that is not his gives nothing, not that agency's requests.
        assertEquals(List.of(), pending(s.staffA(), new StaffFilter(s.agencyB(), null, null)));
        assertEquals(List.of(), pending(s.staffForeign(), new StaffFilter(s.agencyA(), null, null)));
        assertEquals(List.of("A " + s.suffix(), "B " + s.suffix()),
                staff.agencies(s.staffAB()).stream().map(a -> a.name()).toList());
    }

    @Test
    void theDateFilterTakesParisDays() {
        RequestRow old = ask(workers, s.worker(), s.agencyA(), "100", null);
        RequestRow recent = ask(workers, s.worker(), s.agencyB(), "50", null);
        LocalDate tenDaysAgo = Times.todayInParis().minusDays(10);
        // 00:30 in Paris on that day is the previous day in UTC: it must still count for that Paris day.
        fixtures.backdate(old.id(), Times.startOfParisDayUtc(tenDaysAgo).plusMinutes(30));
        assertEquals(List.of(old.id()), pending(s.staffAB(), new StaffFilter(null, tenDaysAgo, tenDaysAgo)));
        assertEquals(List.of(recent.id()), pending(s.staffAB(), new StaffFilter(null, tenDaysAgo.plusDays(1), null)));
        assertEquals(List.of(old.id()), pending(s.staffAB(), new StaffFilter(null, null, tenDaysAgo)));
        AdvanceException e = assertThrows(AdvanceException.class,
                () -> staff.toProcess(s.staffAB(), new StaffFilter(null, tenDaysAgo, tenDaysAgo.minusDays(1)),
                        page(StaffSort.DATE, true)));
        assertEquals(ErrorCode.DATE_RANGE_INVALID, e.code());
    }

    @Test
    void theProcessingDialogShowsTheMaximumAndTheEmployersReasons() {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "100", null);
        DecisionForm form = staff.decisionForm(s.staffA(), row.id());
        assertEquals(new BigDecimal("1000.00"), form.maximumNow().maximum());
        assertEquals(List.of("Accordé " + s.suffix(), "Partiel " + s.suffix()), form.acceptReasons());
        assertEquals(List.of("Refusé " + s.suffix()), form.refuseReasons());
    }

    @Test
    void acceptingWithoutAmountGrantsWhatWasAsked() {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "100", null);
        RequestRow accepted = staff.accept(s.staffA(), row.id(), decision(null, "Accordé", "Bon courage"));
        assertEquals(RequestStatus.ACCEPTED, accepted.status());
        assertEquals(new BigDecimal("100.00"), accepted.grantedAmount());
        assertEquals("Accordé", accepted.decisionReason());
        assertEquals("Bon courage", accepted.agencyComment());
        assertEquals("Staff staff-a-" + s.suffix(), accepted.decidedByName());
        assertTrue(pending(s.staffA(), StaffFilter.NONE).isEmpty());
        assertEquals(List.of(row.id()), staff.history(s.staffA(), StaffFilter.NONE, page(StaffSort.DATE, false))
                .stream().map(RequestRow::id).toList());
        // What was granted now counts against the worker's maximum in this period.
        assertEquals(new BigDecimal("900.00"), workers.requestForm(s.worker(), s.employerId()).agencies().stream()
                .filter(c -> c.id() == s.agencyA()).findFirst().orElseThrow().maximum().maximum());
    }

    @Test
    void acceptingALowerAmountIsPartial() {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "100", null);
        RequestRow accepted = staff.accept(s.staffA(), row.id(), decision("60.5", null, null));
        assertEquals(new BigDecimal("60.50"), accepted.grantedAmount());
        assertTrue(accepted.partial());
        assertEquals(accepted.grantedAmount(), workers.detail(s.worker(), row.id()).request().grantedAmount());
    }

    @Test
    void aMaximumRequestIsGrantedTheMaximumOfTheDecisionTime() {
        RequestRow row = ask(workers, s.worker(), s.agencyB(), null, null);
        assertEquals(new BigDecimal("300.00"), staff.accept(s.staffAB(), row.id(), decision(null, null, null))
                .grantedAmount());
    }

    @Test
    void badDecisionsAreRefusedAndChangeNothing() {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "100", null);
        long id = row.id();
        assertRefused(ErrorCode.AMOUNT_ABOVE_ASKED, id, () -> staff.accept(s.staffA(), id, decision("100.01", null, null)));
        assertRefused(ErrorCode.AMOUNT_NOT_POSITIVE, id, () -> staff.accept(s.staffA(), id, decision("0", null, null)));
        assertRefused(ErrorCode.AMOUNT_TOO_PRECISE, id, () -> staff.accept(s.staffA(), id, decision("9.999", null, null)));
        assertRefused(ErrorCode.TEXT_TOO_LONG, id, () -> staff.refuse(s.staffA(), id, decision(null, "r".repeat(201), null)));
        assertRefused(ErrorCode.TEXT_TOO_LONG, id, () -> staff.refuse(s.staffA(), id, decision(null, null, "c".repeat(501))));
        assertEquals(RequestStatus.SENT, staff.detail(s.staffA(), id).request().status());
    }

    @Test
    void refusingKeepsTheReasonAndComment() {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "100", null);
        String hostile = "<script>alert('x')</script>";
        RequestRow refused = staff.refuse(s.staffA(), row.id(), decision("55", "Refusé", hostile));
        assertEquals(RequestStatus.REFUSED, refused.status());
        assertNull(refused.grantedAmount());
        assertEquals(hostile, refused.agencyComment());
    }

    @Test
    void theDetailHasTheWholeHistory() {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "100", null);
        staff.accept(s.staffA(), row.id(), decision("80", "Partiel", "Le reste à la paie"));
        RequestDetail detail = staff.detail(s.staffAB(), row.id());
        assertEquals("worker-" + s.suffix() + "@advance.test", detail.workerEmail());
        List<HistoryLine> history = detail.history();
        assertEquals(2, history.size());
        assertNull(history.get(0).fromStatus());
        assertEquals(RequestStatus.SENT, history.get(0).toStatus());
        assertEquals("Worker " + s.suffix(), history.get(0).actorName());
        assertEquals(RequestStatus.SENT, history.get(1).fromStatus());
        assertEquals(RequestStatus.ACCEPTED, history.get(1).toStatus());
        assertEquals(new BigDecimal("80.00"), history.get(1).amount());
        assertEquals("Partiel — Le reste à la paie", history.get(1).comment());
        assertEquals("Staff staff-a-" + s.suffix(), history.get(1).actorName());
        assertNotNull(history.get(1).atParis());
    }

    @Test
    void staffOfAnotherAgencyCannotTouchTheRequest() {
        RequestRow inB = ask(workers, s.worker(), s.agencyB(), "50", null);
        long id = inB.id();
        assertRefused(ErrorCode.NOT_FOUND, id, () -> staff.accept(s.staffA(), id, decision(null, null, null)));
        assertRefused(ErrorCode.NOT_FOUND, id, () -> staff.refuse(s.staffForeign(), id, decision(null, null, null)));
        assertRefused(ErrorCode.NOT_FOUND, id, () -> staff.detail(s.staffA(), id));
        assertRefused(ErrorCode.NOT_FOUND, id, () -> staff.decisionForm(s.staffForeign(), id));
        assertRefused(ErrorCode.NOT_FOUND, id, () -> staff.accept(s.staffA(), 987654321L, decision(null, null, null)));
    }

    @Test
    void staffWithoutThePermissionAndWorkersDoNotSeeTheService() {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "100", null);
        assertRefused(ErrorCode.NOT_ALLOWED, row.id(), () -> staff.countToProcess(s.staffWithoutPermission(), StaffFilter.NONE));
        assertRefused(ErrorCode.NOT_ALLOWED, row.id(),
                () -> staff.accept(s.staffWithoutPermission(), row.id(), decision(null, null, null)));
        assertRefused(ErrorCode.NOT_ALLOWED, row.id(), () -> staff.accept(s.worker(), row.id(), decision(null, null, null)));
    }

    @Test
    void aCancelledRequestCannotBeAnswered() {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "100", null);
        workers.cancel(s.worker(), row.id());
        assertRefused(ErrorCode.REQUEST_CLOSED, row.id(), () -> staff.accept(s.staffA(), row.id(), decision(null, null, null)));
    }

    @Test
    void whenTwoAnswerAtOnceTheFirstWinsAndTheOtherIsTold() throws Exception {
        for (int round = 0; round < 3; round++) {
            RequestRow row = ask(workers, s.worker(), s.agencyA(), "100", null);
            List<Outcome> outcomes = race(
                    () -> staff.accept(s.staffA(), row.id(), decision(null, null, null)),
                    () -> staff.refuse(s.staffAB(), row.id(), decision(null, null, null)));
            assertEquals(1, outcomes.stream().filter(o -> o.row != null).count(), outcomes.toString());
            Outcome loser = outcomes.stream().filter(o -> o.row == null).findFirst().orElseThrow();
            assertEquals(ErrorCode.ALREADY_DECIDED, loser.error.code());
            RequestRow winner = outcomes.stream().filter(o -> o.row != null).findFirst().orElseThrow().row;
            assertEquals(winner.status().name(), loser.error.args()[0], "the loser is told what happened");
            assertEquals(2, fixtures.eventCount(row.id()), "exactly one answer in the history");
            assertEquals(winner.status(), staff.detail(s.staffA(), row.id()).request().status());
        }
    }

    @Test
    void aWorkerCancellingWhileStaffAcceptsLeavesOneOutcome() throws Exception {
        RequestRow row = ask(workers, s.worker(), s.agencyA(), "100", null);
        List<Outcome> outcomes = race(
                () -> staff.accept(s.staffA(), row.id(), decision(null, null, null)),
                () -> workers.cancel(s.worker(), row.id()));
        assertEquals(1, outcomes.stream().filter(o -> o.row != null).count(), outcomes.toString());
        assertEquals(2, fixtures.eventCount(row.id()));
    }

    private record Outcome(RequestRow row, AdvanceException error) {}

    /** Runs both calls at the same instant on two container threads. */
    private List<Outcome> race(Callable<RequestRow> first, Callable<RequestRow> second) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RequestRow>> futures = new ArrayList<>();
        for (Callable<RequestRow> call : List.of(first, second)) {
            futures.add(executor.submit(() -> {
                go.await();
                return call.call();
            }));
        }
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<RequestRow> future : futures) {
            try {
                outcomes.add(new Outcome(future.get(), null));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof AdvanceException refusal)) {
                    throw e;
                }
                outcomes.add(new Outcome(null, refusal));
            }
        }
        return outcomes;
    }
}
