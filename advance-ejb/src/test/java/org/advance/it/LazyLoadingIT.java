package org.advance.it;

import static org.advance.it.Asking.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.advance.application.StaffService;
import org.advance.application.WorkerService;
import org.advance.application.dto.Decision;
import org.advance.application.dto.SubmitCommand;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LAZY associations stay unloaded until read: the entities are woven at build time
 * (persistence.xml: eclipselink.weaving=static). Unwoven, EclipseLink loads every LAZY to-one
 * association with its owner, and these tests fail.
 */
@InContainer
class LazyLoadingIT {

    private static final Logger LOG = Logger.getLogger(LazyLoadingIT.class.getName());

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("lazy-it");
    }

    @EJB
    private Loading loading;

    @EJB
    private WorkerService workers;

    @EJB
    private StaffService staff;

    @EJB
    private Fixtures fixtures;

    private Scenario s;

    @BeforeEach
    void newWorld() {
        s = fixtures.scenario();
    }

    /** A request with all four associations set: its worker, agency, employer and who decided. */
    private long decidedRequest() {
        long id = ask(workers, s.worker(), s.agencyA(), "100", null).id();
        staff.accept(s.staffA(), id, new Decision(null, null, null));
        return id;
    }

    private <T> T counted(StatementCounter[] out, Supplier<T> call) {
        try (StatementCounter sql = loading.countStatements()) {
            T result = call.get();
            out[0] = sql;
            return result;
        }
    }

    @Test
    void findingARequestLoadsNoneOfItsAssociations() {
        long id = decidedRequest();
        StatementCounter[] sql = new StatementCounter[1];
        Map<String, Boolean> loaded = counted(sql, () -> loading.loadedByFind(id));
        Map<String, Boolean> none = new LinkedHashMap<>();
        Loading.REQUEST_ASSOCIATIONS.forEach(name -> none.put(name, false));
        assertEquals(none, loaded);
        assertEquals(1, sql[0].count(), "one SELECT of the request alone; " + sql[0]);
    }

    @Test
    void anAssociationLoadsWhenItIsRead() {
        long id = decidedRequest();
        StatementCounter[] sql = new StatementCounter[1];
        assertEquals("Worker " + s.suffix(), counted(sql, () -> loading.workerNameOnDemand(id)));
        assertEquals(2, sql[0].count(), "the request, then its worker when read; " + sql[0]);
    }

    /**
     * The figures of docs/performance.md ("SQL statements per call"), written to the server log. A
     * first decision in an agency also creates its tally rows: one is made before, so that the
     * counted calls are the ordinary ones.
     */
    @Test
    void statementsPerSubmissionAndDecision() {
        staff.refuse(s.staffA(), ask(workers, s.worker(), s.agencyA(), "10", null).id(), new Decision(null, null, null));
        StatementCounter[] submit = new StatementCounter[1];
        long id = counted(submit, () -> workers.submit(s.otherWorker(), new SubmitCommand(s.agencyA(),
                new BigDecimal("20"), false, null, UUID.randomUUID().toString()))).id();
        StatementCounter[] accept = new StatementCounter[1];
        counted(accept, () -> staff.accept(s.staffA(), id, new Decision(null, null, null)));
        long other = ask(workers, s.worker(), s.agencyA(), "30", null).id();
        StatementCounter[] refuse = new StatementCounter[1];
        counted(refuse, () -> staff.refuse(s.staffA(), other, new Decision(null, null, null)));
        LOG.info(() -> "SQL statements per submission: " + submit[0] + "\nper acceptance: " + accept[0]
                + "\nper refusal: " + refuse[0]);
        // The staff member's employer is an association nobody reads in a decision: it stays unloaded.
        assertEquals(List.of(), reads("employer", accept[0]), "an acceptance; " + accept[0]);
        assertEquals(List.of(), reads("employer", refuse[0]), "a refusal; " + refuse[0]);
    }

    private static List<String> reads(String table, StatementCounter sql) {
        return sql.statements().stream().filter(statement -> statement.contains(" FROM " + table + " ")).toList();
    }
}
