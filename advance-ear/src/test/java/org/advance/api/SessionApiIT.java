package org.advance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.advance.api.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions of the mobile app: log in once with the password, then call with the bearer token; the
 * token carries exactly its owner's rights and stops working at logout.
 */
@ExtendWith(ArquillianExtension.class)
class SessionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aTokenWorksLikeThePasswordUntilLogout() {
        Reply opened = Api.as("marie.durand").post("/session", null);
        assertEquals(201, opened.status(), opened::toString);
        String token = opened.object().getString("token");
        Instant expires = Instant.parse(opened.object().getString("expiresAt"));
        assertTrue(expires.isAfter(Instant.now().plus(29, ChronoUnit.DAYS)), "a session lasts about a month: " + expires);

        Api app = Api.withToken(token);
        Reply employers = app.get("/employers");
        assertEquals(200, employers.status(), employers::toString);
        assertEquals(Api.as("marie.durand").get("/employers").body(), employers.body(), "the same answers as with the password");

        assertEquals(204, app.delete("/session").status());
        Reply after = app.get("/employers");
        assertEquals(401, after.status(), "a closed session opens nothing: " + after);
    }

    @Test
    void eachLoginGetsItsOwnSessionAndRights() {
        String marie = Api.as("marie.durand").post("/session", null).object().getString("token");
        String again = Api.as("marie.durand").post("/session", null).object().getString("token");
        assertNotEquals(marie, again, "a phone and a tablet have a session each");

        // A worker's token does not open the staff's tables; a staff token does.
        assertEquals(403, Api.withToken(marie).get("/staff/requests/pending").status());
        String claire = Api.as("agent.lyon").post("/session", null).object().getString("token");
        Reply pending = Api.withToken(claire).get("/staff/requests/pending");
        assertEquals(200, pending.status(), pending::toString);

        // Logging out on one device leaves the other one logged in.
        assertEquals(204, Api.withToken(marie).delete("/session").status());
        assertEquals(401, Api.withToken(marie).get("/employers").status());
        assertEquals(200, Api.withToken(again).get("/employers").status());
    }

    @Test
    void aWrongOrMalformedTokenIsRefusedWithAChallenge() {
        assertEquals(401, Api.withToken("x".repeat(43)).get("/employers").status());
        assertEquals(401, Api.withToken("<script>").get("/employers").status());
        assertEquals(401, Api.withToken("").get("/employers").status());
        assertEquals(401, Api.as("marie.durand").withPassword("wrong").post("/session", null).status());
    }

    @Test
    void aTokenCannotOpenAnotherSession() {
        String token = Api.as("karim.benali").post("/session", null).object().getString("token");
        Reply renewed = Api.withToken(token).inLanguage("en").post("/session", null);
        assertEquals(400, renewed.status(), renewed::toString);
        assertEquals("PASSWORD_REQUIRED", renewed.code());
        assertTrue(renewed.object().getString("message").contains("password"), renewed::toString);
    }
}
