package org.advance.security;

import static org.advance.security.Answers.refused;
import static org.advance.security.Answers.sound;
import static org.advance.security.Answers.soundApi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advance.security.Http.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The brute-force throttle: wrong passwords for one account from one client are refused with 429
 * TOO_MANY_ATTEMPTS and Retry-After (API) and a clear message (login form), the right password
 * included, while another account from the same client still signs in; the administrator sees and
 * lifts the lock. Uses lea.fournier (the only other user is WorkerJourneyIT, which signs in with the
 * right password) and an account that does not exist, and lifts both locks afterwards, so that no
 * other test is locked out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ThrottleIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("advance.ear", "target/advance.ear")));
    }

    private static final String VICTIM = "lea.fournier";
    private static final String GHOST = "ghost.throttle";
    private static final int MOST_ATTEMPTS = 40;
    private static final String WRONG_PASSWORD_MESSAGE = "Identifiant ou mot de passe incorrect.";

    @BeforeAll
    static void adminSignsInFirst() {
        Actors.ADMIN.token();
    }

    @AfterAll
    static void liftTheLocks() {
        for (String login : List.of(VICTIM, GHOST)) {
            Actors.ADMIN.api("DELETE", "/admin/throttles?login=" + login).send();
        }
    }

    @Test
    void wrongPasswordsThroughTheApiAreThrottledPerAccountAndTheAdministratorLiftsTheLock() {
        List<Integer> statuses = new ArrayList<>();
        List<Reply> refusals = new ArrayList<>();
        Reply throttled = null;
        long start = System.nanoTime();
        for (int i = 0; i < MOST_ATTEMPTS && throttled == null && System.nanoTime() - start < 90_000_000_000L; i++) {
            // Alternately the session endpoint and an ordinary call with Basic: one rule for both.
            Reply r = (i % 2 == 0 ? Http.post(Http.API + "/session") : Http.get(Http.API + "/employers"))
                    .basic(VICTIM, "wrong-" + i).header("Accept", "application/json").send();
            Answers.sound("wrong password " + i, r);
            statuses.add(r.status());
            if (r.status() == 429) {
                throttled = r;
            } else {
                assertEquals(401, r.status(), () -> "a wrong password: " + r);
                refusals.add(r);
            }
        }
        Reply locked = throttled;
        assertTrue(locked != null, () -> MOST_ATTEMPTS + " wrong passwords and no 429: " + statuses);
        refused("throttled", locked, 429, "TOO_MANY_ATTEMPTS", null);
        String retryAfter = locked.header("Retry-After").orElse(null);
        assertTrue(retryAfter != null && retryAfter.matches("\\d+") && Long.parseLong(retryAfter) > 0,
                () -> "Retry-After in seconds: " + locked.headers());

        for (Reply r : refusals) {
            refused("a wrong password before the throttle", r, 401, "UNAUTHENTICATED", null);
        }
        Reply right = Http.post(Http.API + "/session").basic(VICTIM, "demo").header("Accept", "application/json").send();
        refused("the right password while throttled", right, 429, "TOO_MANY_ATTEMPTS", null);
        Reply english = Http.post(Http.API + "/session").basic(VICTIM, "demo").header("Accept", "application/json")
                .header("Accept-Language", "en").send();
        assertNotEquals(right.object().getString("message"), english.object().getString("message"), "the message in the caller's language");

        Reply other = Http.post(Http.API + "/session").basic("hugo.garcia", "demo").header("Accept", "application/json").send();
        assertEquals(201, other.status(), () -> "another account from the same client still signs in: " + other);

        Reply list = Actors.ADMIN.get("/admin/throttles");
        soundApi("the administrator's list", list);
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.body().contains(VICTIM), () -> "the lock is listed: " + list);
        Reply lifted = Actors.ADMIN.api("DELETE", "/admin/throttles?login=" + VICTIM).send();
        assertTrue(lifted.status() == 204 || lifted.status() == 200, lifted::toString);
        Reply again = Http.post(Http.API + "/session").basic(VICTIM, "demo").header("Accept", "application/json").send();
        assertEquals(201, again.status(), () -> "lifted: the right password works again: " + again);

        Reply byWorker = Actors.WORKER.get("/admin/throttles");
        refused("a worker lists the locks", byWorker, 403, "NOT_ALLOWED", null);
        Reply liftByStaff = Actors.STAFF.api("DELETE", "/admin/throttles?login=" + VICTIM).send();
        refused("staff lift a lock", liftByStaff, 403, "NOT_ALLOWED", null);
    }

    private static final Pattern MESSAGE = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    @Test
    void wrongPasswordsThroughTheFormAreThrottledWithAClearMessage() {
        String message = null;
        for (int i = 0; i < MOST_ATTEMPTS && message == null; i++) {
            Reply r = new Actors.Browser().login(GHOST, "wrong-" + i);
            sound("form attempt " + i, r);
            assertEquals(200, r.status(), () -> "the form is shown again: " + r);
            Matcher m = MESSAGE.matcher(r.body());
            assertTrue(m.find(), () -> "a message on the form: " + r);
            if (!m.group(1).trim().equals(WRONG_PASSWORD_MESSAGE)) {
                message = m.group(1).trim();
            }
        }
        String shown = message;
        assertTrue(shown != null, () -> MOST_ATTEMPTS + " wrong passwords by the form and never a throttle message");
        assertFalse(shown.isBlank(), "a clear message");
        // The same lock holds for the API: one rule for the form and Basic.
        Reply api = Http.post(Http.API + "/session").basic(GHOST, "anything").header("Accept", "application/json").send();
        refused("the API after the form's throttle", api, 429, "TOO_MANY_ATTEMPTS", null);
        // And another account through the form still signs in.
        Reply other = new Actors.Browser().login("emma.wilson", "demo");
        assertTrue(other.status() == 302 || other.status() == 303, () -> "another account signs in: " + other);
    }
}
