package org.advance.browser;

import static org.advance.browser.Ui.BASE;
import static org.advance.browser.Ui.errorMessage;
import static org.advance.browser.Ui.heading;
import static org.advance.browser.Ui.open;
import static org.advance.browser.Ui.screenshot;
import static org.advance.browser.Ui.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Who gets in where: the mail link through the login page, wrong passwords, staff without the
 * advances permission, ids typed into URLs (another worker's request, another agency's request,
 * another employer), role pages, and the HTTP API's Basic challenge.
 */
class AccessIT extends BrowserTest {

    @Test
    void theMailLinkLeadsToTheRequestThroughTheLoginPage() {
        WebDriver driver = desktop();
        login(driver, "karim.benali");
        long id = EmployersPage.open(driver).requests("Intérim Plus").requestId(0);
        logout(driver);

        DetailPage.open(driver, "worker", id);
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
        Cookie before = driver.manage().getCookieNamed("JSESSIONID");
        new LoginPage(driver).submit("karim.benali", LoginPage.DEMO_PASSWORD);
        waitFor(driver).until(d -> d.getCurrentUrl().contains("/worker/detail.xhtml"));
        assertTrue(driver.getCurrentUrl().endsWith("/worker/detail.xhtml?id=" + id), driver.getCurrentUrl());
        assertEquals("Demande d'acompte n° " + id, heading(driver));
        Cookie after = driver.manage().getCookieNamed("JSESSIONID");
        assertTrue(before != null && after != null && !before.getValue().equals(after.getValue()),
                "a new session id after login");
        screenshot(driver, "30-mail-link-after-login");
    }

    @Test
    void wrongPasswordsAreRefusedWithoutSayingWhichPartIsWrong() {
        WebDriver driver = desktop();
        LoginPage login = LoginPage.open(driver).submit("lucas.petit", "not-the-password");
        assertEquals("Identifiant ou mot de passe incorrect.", errorMessage(driver));
        WebElement first = driver.findElement(By.cssSelector(".ui-messages-error-summary"));
        login.submit("nobody.here", LoginPage.DEMO_PASSWORD);
        // The first refusal's message must be gone first, or the second check would read it again.
        waitFor(driver).until(ExpectedConditions.stalenessOf(first));
        assertEquals("Identifiant ou mot de passe incorrect.", errorMessage(driver));
        screenshot(driver, "31-login-failed");
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"));
    }

    @Test
    void aWorkerTypingAnotherWorkersIdsGetsNothing() {
        WebDriver driver = desktop();
        login(driver, "karim.benali");
        RequestsPage karimsRequests = EmployersPage.open(driver).requests("Intérim Plus");
        long karims = karimsRequests.requestId(0);
        String karimsEmployer = karimsRequests.employerId();
        logout(driver);

        login(driver, "thomas.leroy");
        DetailPage foreign = DetailPage.open(driver, "worker", karims);
        assertEquals("Cette demande est introuvable.", errorMessage(driver));
        assertFalse(foreign.shows(), "nothing of the request is shown");
        DetailPage malformed = DetailPage.open(driver, "worker", "abc");
        assertFalse(malformed.shows());
        // A malformed id says so like an unknown one, instead of an empty page (issue 11, finding 3).
        assertEquals("Cette demande est introuvable.", errorMessage(driver));
        open(driver, "worker/requests.xhtml?employer=" + karimsEmployer);
        // An employer is named as such, not as "cette demande" (issue 11, finding 3).
        assertEquals("Cet employeur est introuvable.", errorMessage(driver));
        assertTrue(driver.findElements(By.id("requests:table")).isEmpty(), "no table of an employer he never worked for");
        open(driver, "worker/ask.xhtml?employer=" + karimsEmployer);
        assertTrue(driver.findElements(By.id("ask:send")).isEmpty(), "no form for an employer he never worked for");
        screenshot(driver, "32-worker-foreign-id");
        StaffAdvancesPage.open(driver);
        assertEquals("Vous n'avez pas accès à cette page.", heading(driver));
        AdminStatusPage.open(driver);
        assertEquals("Vous n'avez pas accès à cette page.", heading(driver));
    }

    @Test
    void staffOfOneAgencySeeNothingOfAnother() {
        WebDriver driver = desktop();
        login(driver, "agent.villeurbanne");
        StaffAdvancesPage advances = StaffAdvancesPage.open(driver).showHistory();
        long villeurbanne = advances.firstInHistory();
        assertFalse(advances.offersAgencyFilter(), "one agency: no agency filter");
        logout(driver);

        login(driver, "agent.paris");
        DetailPage foreign = DetailPage.open(driver, "staff", villeurbanne);
        assertEquals("Cette demande est introuvable.", errorMessage(driver));
        assertFalse(foreign.shows());
        String both = StaffAdvancesPage.open(driver).tables();
        assertTrue(!both.contains("Villeurbanne") && !both.contains("Lyon"), "only Paris 11 requests: " + both);
        EmployersPage.open(driver);
        assertEquals("Vous n'avez pas accès à cette page.", heading(driver));
    }

    @Test
    void staffWithoutTheAdvancesPermissionAreToldSo() {
        WebDriver driver = desktop();
        login(driver, "stagiaire.lyon");
        assertTrue(driver.getCurrentUrl().endsWith("/staff/home.xhtml"));
        StaffHomePage home = new StaffHomePage(driver);
        assertContains(home.noService(), "n'a pas accès au service « Demandes d'acomptes »");
        assertFalse(home.offersAdvances());
        screenshot(driver, "33-staff-without-permission");
        StaffAdvancesPage.open(driver);
        assertEquals("Vous n'avez pas accès à cette page.", heading(driver));
    }

    @Test
    void theApiAnswersWithABasicChallengeNotARedirect() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(BASE + "api/anything")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        String wrong = Base64.getEncoder().encodeToString("hugo.garcia:wrong".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(BASE + "api/anything"))
                .header("Authorization", "Basic " + wrong).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        String right = Base64.getEncoder().encodeToString("hugo.garcia:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> known = http.send(HttpRequest.newBuilder(URI.create(BASE + "api/anything"))
                .header("Authorization", "Basic " + right).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(known.statusCode() != 401 && known.statusCode() != 302, "authenticated: " + known.statusCode());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(BASE + "worker/employers.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode(), "pages redirect to the login form instead");
        assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }
}
