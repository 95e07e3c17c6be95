package org.advance.api;

import static org.advance.api.ApiFixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.advance.api.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's side of the HTTP API on the deployed EAR with the demo data: the digest
 * started by hand and followed until it completes (what the digest benchmark does), and nobody
 * else may start it or look at it. The test server has no SMTP server: the run completes all the
 * same, its mails wait in the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class AdminApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private final Api admin = Api.as("admin");

    @Test
    void theAdministratorStartsTheDigestAndFollowsItUntilItCompletes() throws Exception {
        Reply started = admin.post("/admin/digest", null);
        assertEquals(202, started.status(), started::toString);
        long execution = started.object().getJsonNumber("execution").longValue();
        assertTrue(execution > 0, started::toString);
        assertNotNull(started.location(), "a Location to follow the run");
        assertTrue(started.location().endsWith("/api/admin/digest/" + execution), started.location());

        JsonObject run = Awaitility.await("the digest run " + execution + " ends").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    Reply polled = admin.get("/admin/digest/" + execution);
                    assertEquals(200, polled.status(), polled::toString);
                    return polled.object();
                }, r -> Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(r.getString("status")));
        assertEquals("COMPLETED", run.getString("status"), run::toString);
        assertEquals(execution, run.getJsonNumber("execution").longValue());
        assertEquals(LocalDate.now(ZoneId.of("Europe/Paris")).toString(), run.getString("day"), run::toString);
        Instant startedAt = Instant.parse(run.getString("startedAt"));
        Instant endedAt = Instant.parse(run.getString("endedAt"));
        assertFalse(endedAt.isBefore(startedAt), run::toString);

        // Started again the same day: another run, which sends only what is missing (nothing here).
        Reply again = admin.post("/admin/digest", null);
        assertEquals(202, again.status(), again::toString);
        assertTrue(again.object().getJsonNumber("execution").longValue() != execution, again::toString);
    }

    @Test
    void anUnknownRunIsNotFound() {
        assertRefused(admin.get("/admin/digest/99999999"), 404, "NOT_FOUND", null);
        assertRefused(admin.get("/admin/digest/abc"), 404, "NOT_FOUND", null);
        assertRefused(admin.get("/admin/digest/-1"), 404, "NOT_FOUND", null);
    }

    @Test
    void workersAndStaffMayNeitherStartNorFollowTheDigest() {
        long execution = admin.post("/admin/digest", null).object().getJsonNumber("execution").longValue();
        for (String login : new String[] {"marie.durand", "agent.lyon", "direction.interimplus", "stagiaire.lyon"}) {
            Api other = Api.as(login);
            assertRefused(other.post("/admin/digest", null), 403, "NOT_ALLOWED", null);
            assertRefused(other.get("/admin/digest/" + execution), 403, "NOT_ALLOWED", null);
        }
        assertEquals(401, Api.as(null).post("/admin/digest", null).status());
        assertEquals(401, Api.as("admin").withPassword("wrong").post("/admin/digest", null).status());
    }
}
