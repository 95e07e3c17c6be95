package org.advance.it;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advance.application.Caller;
import org.advance.application.port.PasswordCheck;
import org.advance.domain.Times;
import org.advance.domain.model.AdvanceRequest;
import org.advance.domain.model.Agency;
import org.advance.domain.model.AppUser;
import org.advance.domain.model.Assignment;
import org.advance.domain.model.Employer;
import org.advance.domain.model.Reason;
import org.advance.domain.model.ReasonKind;
import org.advance.domain.model.RequestStatus;
import org.advance.domain.model.Role;
import org.advance.domain.rules.AgencyPolicy;
import org.advance.infrastructure.persistence.RequestTallies;

/** Builds {@link Scenario}s and reads back what tests check, in the tests' own transactions. */
@Stateless
public class Fixtures {

    public static final String PASSWORD = "secret-pw";
    /** PBKDF2 is slow on purpose: one hash of {@link #PASSWORD} for every account the tests make. */
    private static volatile String hash;

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @EJB
    private RequestTallies tallies;

    @Inject
    private PasswordCheck passwords;

    public Scenario scenario() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Employer employer = persist(new Employer("Employer " + s));
        Employer foreign = persist(new Employer("Foreign " + s));
        Agency a = persist(new Agency(employer, "A " + s, new AgencyPolicy(80, new BigDecimal("300.00"))));
        Agency b = persist(new Agency(employer, "B " + s, new AgencyPolicy(80, new BigDecimal("300.00"))));
        Agency x = persist(new Agency(foreign, "X " + s, new AgencyPolicy(80, new BigDecimal("300.00"))));
        persist(new Reason(employer, ReasonKind.ACCEPT, "Accordé " + s, 1));
        persist(new Reason(employer, ReasonKind.ACCEPT, "Partiel " + s, 2));
        persist(new Reason(employer, ReasonKind.REFUSE, "Refusé " + s, 1));

        AppUser worker = user("worker-" + s, "Worker " + s, Role.WORKER);
        AppUser other = user("other-" + s, "Other " + s, Role.WORKER);
        var periodStart = Times.todayInParis().minusDays(10);
        persist(new Assignment(worker, a, new BigDecimal("12.50"), new BigDecimal("100"), periodStart));
        persist(new Assignment(worker, b, new BigDecimal("11.00"), null, periodStart));
        persist(new Assignment(other, a, new BigDecimal("10.00"), new BigDecimal("50"), periodStart));

        AppUser staffA = staff("staff-a-" + s, employer, true, a);
        AppUser staffAB = staff("staff-ab-" + s, employer, true, a, b);
        AppUser staffX = staff("staff-x-" + s, foreign, true, x);
        AppUser noPermission = staff("staff-np-" + s, employer, false, a, b);
        em.flush();
        return new Scenario(employer.getId(), a.getId(), b.getId(), foreign.getId(), x.getId(),
                caller(worker), caller(other), caller(staffA), caller(staffAB), caller(staffX), caller(noPermission), s);
    }

    public long requestCount(long workerUserId) {
        return em.createQuery("SELECT COUNT(r) FROM AdvanceRequest r WHERE r.worker.id = :w", Long.class)
                .setParameter("w", workerUserId).getSingleResult();
    }

    public long eventCount(long requestId) {
        return em.createQuery("SELECT COUNT(e) FROM RequestEvent e WHERE e.request.id = :r", Long.class)
                .setParameter("r", requestId).getSingleResult();
    }

    /**
     * Cancelled requests of one worker at one agency, written straight to the table: three per
     * minute, going back in time, so that dates repeat and the id decides between them. Returns
     * what was made.
     */
    public List<Made> manyRequests(long workerUserId, long agencyId, int count) {
        AppUser worker = em.find(AppUser.class, workerUserId);
        Agency agency = em.find(Agency.class, agencyId);
        LocalDateTime start = Times.nowUtc().withNano(0);
        List<Made> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal amount = new BigDecimal(10 + (i * 7) % 90);
            AdvanceRequest request = AdvanceRequest.submit(worker, agency, amount, false, null,
                    UUID.randomUUID().toString(), start.minusMinutes(i / 3));
            em.persist(request);
            request.cancel(worker, request.getCreatedAt()); // one open request per agency: these are history
            em.flush();
            tallies.answered(agencyId, RequestStatus.CANCELLED);
            made.add(new Made(request.getId(), request.getCreatedAt(), amount));
        }
        return made;
    }

    /** A request written by {@link #manyRequests}. */
    public record Made(long id, LocalDateTime createdAt, BigDecimal amount) implements Serializable {}

    /** Moves a request's date, for the date filters. */
    public void backdate(long requestId, LocalDateTime createdAtUtc) {
        em.createQuery("UPDATE AdvanceRequest r SET r.createdAt = :at WHERE r.id = :id")
                .setParameter("at", createdAtUtc).setParameter("id", requestId).executeUpdate();
    }

    /** The hash of {@link #PASSWORD}, made by the application's own {@link PasswordCheck}. */
    public String passwordHash() {
        if (hash == null) {
            hash = passwords.hash(PASSWORD);
        }
        return hash;
    }

    /** A worker whose password hash is the one given, as an older version of the application stored it. */
    public String workerWithHash(String storedHash) {
        String login = "hash-" + UUID.randomUUID().toString().substring(0, 8);
        persist(new AppUser(login, storedHash, "Worker " + login, login + "@advance.test", "fr", Role.WORKER));
        return login;
    }

    /** Runs a migration file of db/migration once more, as Flyway ran it: its statements, in this transaction. */
    public void runMigration(String file) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("db/migration/" + file)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
            for (String statement : sql.split(";")) {
                if (!statement.isBlank()) {
                    em.createNativeQuery(statement).executeUpdate();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }

    private AppUser user(String login, String name, Role role) {
        return persist(new AppUser(login, passwordHash(), name, login + "@advance.test", "fr", role));
    }

    private AppUser staff(String login, Employer employer, boolean permission, Agency... agencies) {
        AppUser staff = new AppUser(login, passwordHash(), "Staff " + login, login + "@advance.test", "fr", Role.STAFF);
        staff.assignToAgencies(employer, permission, Set.of(agencies));
        return persist(staff);
    }

    private static Caller caller(AppUser user) {
        return new Caller(user.getId(), user.getLogin(), user.getRole(), user.getLocale());
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
