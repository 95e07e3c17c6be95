package org.advance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        openRequests(driver, "Intérim Plus");
        long id = idOf(driver.findElement(css("[id='requests:table_data'] tr " + DETAIL_LINK)));
        logout(driver);

        open(driver, "worker/detail.xhtml?id=" + id);
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
        Cookie before = driver.manage().getCookieNamed("JSESSIONID");
        submitLogin(driver, "karim.benali", "demo");
        waitFor(driver).until(d -> d.getCurrentUrl().contains("/worker/detail.xhtml"));
        assertTrue(driver.getCurrentUrl().endsWith("/worker/detail.xhtml?id=" + id), driver.getCurrentUrl());
        assertEquals("Demande d'acompte n° " + id, text(driver, By.tagName("h1")));
        Cookie after = driver.manage().getCookieNamed("JSESSIONID");
        assertTrue(before != null && after != null && !before.getValue().equals(after.getValue()),
                "a new session id after login");
        screenshot(driver, "30-mail-link-after-login");
    }

    @Test
    void wrongPasswordsAreRefusedWithoutSayingWhichPartIsWrong() {
        WebDriver driver = desktop();
        open(driver, "login.xhtml");
        submitLogin(driver, "lucas.petit", "not-the-password");
        assertEquals("Identifiant ou mot de passe incorrect.", text(driver, css(".ui-messages-error-summary")));
        WebElement first = driver.findElement(css(".ui-messages-error-summary"));
        submitLogin(driver, "nobody.here", "demo");
        // The first refusal's message must be gone first, or the second check would read it again.
        waitFor(driver).until(ExpectedConditions.stalenessOf(first));
        assertEquals("Identifiant ou mot de passe incorrect.", text(driver, css(".ui-messages-error-summary")));
        screenshot(driver, "31-login-failed");
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"));
    }

    @Test
    void aWorkerTypingAnotherWorkersIdsGetsNothing() {
        WebDriver driver = desktop();
        login(driver, "karim.benali");
        openRequests(driver, "Intérim Plus");
        long karims = idOf(driver.findElement(css("[id='requests:table_data'] tr " + DETAIL_LINK)));
        String karimsEmployer = driver.getCurrentUrl().replaceAll(".*employer=", "");
        logout(driver);

        login(driver, "thomas.leroy");
        open(driver, "worker/detail.xhtml?id=" + karims);
        assertEquals("Cette demande est introuvable.", text(driver, css(".ui-messages-error-summary")));
        assertTrue(driver.findElements(id("detail")).isEmpty(), "nothing of the request is shown");
        open(driver, "worker/detail.xhtml?id=abc");
        assertTrue(driver.findElements(id("detail")).isEmpty());
        // A malformed id says so like an unknown one, instead of an empty page (issue 11, finding 3).
        assertEquals("Cette demande est introuvable.", text(driver, css(".ui-messages-error-summary")));
        open(driver, "worker/requests.xhtml?employer=" + karimsEmployer);
        // An employer is named as such, not as "cette demande" (issue 11, finding 3).
        assertEquals("Cet employeur est introuvable.", text(driver, css(".ui-messages-error-summary")));
        assertTrue(driver.findElements(id("requests:table")).isEmpty(), "no table of an employer he never worked for");
        open(driver, "worker/ask.xhtml?employer=" + karimsEmployer);
        assertTrue(driver.findElements(id("ask:send")).isEmpty(), "no form for an employer he never worked for");
        screenshot(driver, "32-worker-foreign-id");
        open(driver, "staff/advances.xhtml");
        assertEquals("Vous n'avez pas accès à cette page.", text(driver, By.tagName("h1")));
        open(driver, "admin/status.xhtml");
        assertEquals("Vous n'avez pas accès à cette page.", text(driver, By.tagName("h1")));
    }

    @Test
    void staffOfOneAgencySeeNothingOfAnother() {
        WebDriver driver = desktop();
        login(driver, "agent.villeurbanne");
        open(driver, "staff/advances.xhtml");
        click(driver, By.xpath("//a[normalize-space()='Historique des demandes']"));
        long villeurbanne = idOf(driver.findElement(css("[id='tables:tabs:history_data'] tr " + DETAIL_LINK)));
        assertTrue(driver.findElements(id("filters:agency")).isEmpty(), "one agency: no agency filter");
        logout(driver);

        login(driver, "agent.paris");
        open(driver, "staff/detail.xhtml?id=" + villeurbanne);
        assertEquals("Cette demande est introuvable.", text(driver, css(".ui-messages-error-summary")));
        assertTrue(driver.findElements(id("detail")).isEmpty());
        open(driver, "staff/advances.xhtml");
        String both = text(driver, id("tables"));
        assertTrue(!both.contains("Villeurbanne") && !both.contains("Lyon"), "only Paris 11 requests: " + both);
        open(driver, "worker/employers.xhtml");
        assertEquals("Vous n'avez pas accès à cette page.", text(driver, By.tagName("h1")));
    }

    @Test
    void staffWithoutTheAdvancesPermissionAreToldSo() {
        WebDriver driver = desktop();
        login(driver, "stagiaire.lyon");
        assertTrue(driver.getCurrentUrl().endsWith("/staff/home.xhtml"));
        assertContains(text(driver, id("no-service")), "n'a pas accès au service « Demandes d'acomptes »");
        assertTrue(driver.findElements(id("open-advances")).isEmpty());
        screenshot(driver, "33-staff-without-permission");
        open(driver, "staff/advances.xhtml");
        assertEquals("Vous n'avez pas accès à cette page.", text(driver, By.tagName("h1")));
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
