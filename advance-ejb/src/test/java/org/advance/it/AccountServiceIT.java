package org.advance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.Set;
import org.advance.application.AccountService;
import org.advance.domain.AdvanceException;
import org.advance.domain.model.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logins, security groups and language, as the web layer uses them. */
@InContainer
class AccountServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("account-it");
    }

    @EJB
    private AccountService accounts;

    @EJB
    private Fixtures fixtures;

    private Scenario s;

    @BeforeEach
    void newWorld() {
        s = fixtures.scenario();
    }

    @Test
    void theRightPasswordAuthenticates() {
        var caller = accounts.authenticate(s.worker().login(), Fixtures.PASSWORD).orElseThrow();
        assertEquals(s.worker().userId(), caller.userId());
        assertEquals(Role.WORKER, caller.role());
    }

    @Test
    void aWrongPasswordOrUnknownLoginDoesNot() {
        assertTrue(accounts.authenticate(s.worker().login(), "wrong").isEmpty());
        assertTrue(accounts.authenticate(s.worker().login(), "").isEmpty());
        assertTrue(accounts.authenticate("nobody-" + s.suffix(), Fixtures.PASSWORD).isEmpty());
        assertTrue(accounts.authenticate(null, null).isEmpty());
        assertTrue(accounts.authenticate("x".repeat(10_000), Fixtures.PASSWORD).isEmpty());
    }

    @Test
    void aPasswordHashStoredBeforeJakartaSecurityStillAuthenticatesAfterMigrationV12() {
        // "secret-pw" as the project's own PBKDF2 stored it, before V12 (VerifiedPasswordsTest.PRE_V12_HASH).
        String login = fixtures.workerWithHash("pbkdf2-sha256$120000$trGUi9UtYsVYt7R8n1SdpA==$"
                + "fLzZfccOivJVP4CX42n9/ZLYhkWfu1752LqitVu3lj8=");
        assertTrue(accounts.authenticate(login, Fixtures.PASSWORD).isEmpty(), "the old format is not read as such");
        fixtures.runMigration("V12__password_hash_format.sql");
        assertEquals(login, accounts.authenticate(login, Fixtures.PASSWORD).orElseThrow().login());
        assertTrue(accounts.authenticate(login, "secret-pw!").isEmpty());
    }

    @Test
    void groupsFollowRoleAndPermission() {
        assertEquals(Set.of("worker"), accounts.groups(s.worker().login()));
        assertEquals(Set.of("staff"), accounts.groups(s.staffA().login()));
        assertEquals(Set.of("staff-without-advances"), accounts.groups(s.staffWithoutPermission().login()));
        assertEquals(Set.of(), accounts.groups("nobody-" + s.suffix()));
    }

    @Test
    void theLanguageIsKeptAndOnlyFrenchOrEnglish() {
        accounts.changeLocale(s.worker(), "en");
        assertEquals("en", accounts.caller(s.worker().login()).orElseThrow().locale());
        assertThrows(AdvanceException.class, () -> accounts.changeLocale(s.worker(), "<script>"));
        assertEquals("en", accounts.caller(s.worker().login()).orElseThrow().locale());
    }
}
