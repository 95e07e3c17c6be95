package org.advance.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.advance.application.port.PasswordCheck;
import org.advance.domain.Times;
import org.advance.domain.model.AdvanceRequest;
import org.advance.domain.model.Agency;
import org.advance.domain.model.AppUser;
import org.advance.domain.model.Assignment;
import org.advance.domain.model.Employer;
import org.advance.domain.model.LoginThrottle;
import org.advance.domain.model.Reason;
import org.advance.domain.model.ReasonKind;
import org.advance.domain.model.Role;
import org.advance.domain.rules.AgencyPolicy;
import org.advance.domain.rules.MaximumAmountCalculator;
import org.advance.domain.rules.ThrottlePolicy;

/**
 * Loads the demo data set (README, "Demo logins") into an empty database when demo mode is on:
 * system property {@code advance.demo=true} or environment variable {@code ADVANCE_DEMO=true}.
 * Never in production: it does nothing unless asked and nothing on a database that has employers.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    public static final String PASSWORD = "demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @Inject
    private RequestTallies tallies;

    @Inject
    private PasswordCheck passwords;

    public static boolean enabled() {
        return Boolean.getBoolean("advance.demo") || "true".equalsIgnoreCase(System.getenv("ADVANCE_DEMO"));
    }

    @PostConstruct
    void load() {
        if (!enabled()) {
            return;
        }
        if (em.createQuery("SELECT COUNT(e) FROM Employer e", Long.class).getSingleResult() > 0) {
            LOG.info("Demo mode: the database already has data, nothing loaded");
            return;
        }
        new Loader(em, passwords.hash(PASSWORD)).load();
        // The requests above are written directly, not through the services that keep the tallies.
        tallies.rebuild();
        LOG.info("Demo mode: demo data loaded (logins in README.md, password '" + PASSWORD + "')");
    }

    /** Builds the data set with a fixed seed, so that every demo looks the same. */
    private static final class Loader {

        private final EntityManager em;
        private final Random random = new Random(42);
        private final LocalDate periodStart = Times.todayInParis().withDayOfMonth(1);
        private final String passwordHash;

        Loader(EntityManager em, String passwordHash) {
            this.em = em;
            this.passwordHash = passwordHash;
        }

        void load() {
            Employer plus = persist(new Employer("Intérim Plus"));
            Employer express = persist(new Employer("Boulot Express"));
            reasons(plus);
            reasons(express);

            Agency lyon3 = agency(plus, "Intérim Plus Lyon 3", 80, "300.00");
            Agency lyon7 = agency(plus, "Intérim Plus Lyon 7", 70, "250.00");
            Agency villeurbanne = agency(plus, "Intérim Plus Villeurbanne", 80, "200.00");
            Agency paris = agency(express, "Boulot Express Paris 11", 90, "400.00");
            Agency lille = agency(express, "Boulot Express Lille Centre", 80, "300.00");

            staff("agent.lyon", "Claire Bernard", "fr", plus, true, lyon3, lyon7);
            staff("agent.villeurbanne", "Paul Girard", "fr", plus, true, villeurbanne);
            staff("direction.interimplus", "Anne Lefèvre", "fr", plus, true, lyon3, lyon7, villeurbanne);
            staff("stagiaire.lyon", "Tom Mercier", "fr", plus, false, lyon3);
            staff("agent.paris", "Sarah Dubois", "fr", express, true, paris);
            staff("agent.lille", "James Carter", "en", express, true, lille);
            persist(new AppUser("admin", passwordHash, "Administrateur", "admin@advance.test", "fr", Role.ADMIN));

            worker("marie.durand", "Marie Durand", "fr", Map.of(lyon3, "12.50", lyon7, "11.80", paris, "13.00"));
            worker("karim.benali", "Karim Benali", "fr", Map.of(lyon3, "11.90"));
            worker("julie.martin", "Julie Martin", "fr", Map.of(villeurbanne, "0"));
            worker("lucas.petit", "Lucas Petit", "fr", Map.of(paris, "12.20", lille, "12.00"));
            worker("sofia.rossi", "Sofia Rossi", "fr", Map.of(lyon7, "14.10"));
            worker("thomas.leroy", "Thomas Leroy", "fr", Map.of(lille, "11.70"));
            worker("ines.moreau", "Inès Moreau", "fr", Map.of(lyon3, "12.00", villeurbanne, "12.40"));
            worker("hugo.garcia", "Hugo Garcia", "fr", Map.of(paris, "15.00"));
            worker("lea.fournier", "Léa Fournier", "fr", Map.of(lyon7, "11.65"));
            worker("emma.wilson", "Emma Wilson", "en", Map.of(lille, "12.80", paris, "12.80"));
            passwordGuessing();
            em.flush();
        }

        /**
         * Someone guessing the administrator's password from one address (a documentation address,
         * RFC 5737), slowed down to the longest wait: what the admin page's "Connexions ralenties"
         * shows, for the hour its failures count.
         */
        private void passwordGuessing() {
            LocalDateTime now = Times.nowUtc();
            LoginThrottle pair = new LoginThrottle("admin", "203.0.113.50");
            LoginThrottle address = new LoginThrottle(null, "203.0.113.50");
            for (int i = 16; i > 0; i--) {
                pair.fail(now.minusSeconds(i), ThrottlePolicy.FREE_PER_LOGIN_AND_ADDRESS);
                address.fail(now.minusSeconds(i), ThrottlePolicy.FREE_PER_ADDRESS);
            }
            persist(pair);
            persist(address);
        }

        private void reasons(Employer employer) {
            List<String> accept = List.of("Acompte accordé sur les heures validées",
                    "Acompte partiel : plafond de la période atteint", "Accord exceptionnel de l'agence");
            List<String> refuse = List.of("Heures de la période pas encore validées",
                    "Un acompte a déjà été versé cette semaine", "Plafond d'acomptes du mois atteint");
            for (int i = 0; i < accept.size(); i++) {
                persist(new Reason(employer, ReasonKind.ACCEPT, accept.get(i), i));
            }
            for (int i = 0; i < refuse.size(); i++) {
                persist(new Reason(employer, ReasonKind.REFUSE, refuse.get(i), i));
            }
        }

        private Agency agency(Employer employer, String name, int percent, String ceiling) {
            return persist(new Agency(employer, name, new AgencyPolicy(percent, new BigDecimal(ceiling))));
        }

        private void staff(String login, String name, String locale, Employer employer, boolean permission,
                Agency... agencies) {
            AppUser user = new AppUser(login, passwordHash, name, login + "@advance.test", locale, Role.STAFF);
            user.assignToAgencies(employer, permission, Set.of(agencies));
            persist(user);
        }

        /** A worker with one assignment per agency; a rate of "0" means no hours known (fixed ceiling). */
        private void worker(String login, String name, String locale, Map<Agency, String> rates) {
            AppUser worker = persist(new AppUser(login, passwordHash, name, login + "@advance.test", locale,
                    Role.WORKER));
            rates.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> a.getName().compareTo(b.getName())))
                    .forEach(e -> {
                        boolean hoursKnown = !"0".equals(e.getValue());
                        BigDecimal rate = hoursKnown ? new BigDecimal(e.getValue()) : new BigDecimal("11.65");
                        BigDecimal hours = hoursKnown ? BigDecimal.valueOf(40 + random.nextInt(100)) : null;
                        persist(new Assignment(worker, e.getKey(), rate, hours, periodStart));
                        requests(worker, e.getKey(), staffOf(e.getKey()));
                    });
        }

        /** About twelve past requests per assignment, in every status, the newest sometimes still waiting. */
        private void requests(AppUser worker, Agency agency, List<AppUser> staff) {
            var generous = MaximumAmountCalculator.compute(new AgencyPolicy(100, new BigDecimal("10000")),
                    null, null, BigDecimal.ZERO);
            int count = 11 + random.nextInt(6);
            LocalDateTime start = Times.startOfParisDayUtc(periodStart).minusDays(150);
            List<LocalDateTime> times = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                times.add(start.plusMinutes(random.nextInt(150 * 24 * 60)));
            }
            times.sort(null);
            for (int i = 0; i < count; i++) {
                boolean newest = i == count - 1;
                boolean maximum = random.nextInt(5) == 0;
                BigDecimal asked = BigDecimal.valueOf(50 + random.nextInt(40) * 10L).setScale(2);
                LocalDateTime at = newest ? Times.nowUtc().minusHours(1 + random.nextInt(96)) : times.get(i);
                AdvanceRequest request = AdvanceRequest.submit(worker, agency, asked, maximum,
                        random.nextInt(3) == 0 ? "Merci de me répondre rapidement" : null,
                        "demo-" + worker.getLogin() + "-" + agency.getId() + "-" + i, at);
                LocalDateTime answeredAt = at.plusHours(1 + random.nextInt(40));
                AppUser by = staff.get(random.nextInt(staff.size()));
                int outcome = newest && random.nextInt(10) < 7 ? -1 : random.nextInt(20);
                if (outcome < 0) {
                    // stays "Envoyée"
                } else if (outcome < 8) {
                    request.accept(by, null, generous, "Acompte accordé sur les heures validées", null, answeredAt);
                } else if (outcome < 12) {
                    BigDecimal part = asked.multiply(new BigDecimal("0.6")).setScale(0, RoundingMode.DOWN).setScale(2);
                    request.accept(by, part, generous, "Acompte partiel : plafond de la période atteint",
                            "Le reste sera versé avec la paie", answeredAt);
                } else if (outcome < 17) {
                    request.refuse(by, "Heures de la période pas encore validées", null, answeredAt);
                } else {
                    request.cancel(worker, answeredAt);
                }
                persist(request);
            }
        }

        private List<AppUser> staffOf(Agency agency) {
            return em.createQuery("SELECT u FROM AppUser u JOIN u.agencies a WHERE a.id = :agency"
                            + " AND u.advancesPermission = TRUE ORDER BY u.login", AppUser.class)
                    .setParameter("agency", agency.getId())
                    .getResultList();
        }

        private <T> T persist(T entity) {
            em.persist(entity);
            return entity;
        }
    }
}
