package org.advance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The temp worker's journey on a desktop browser, as lucas.petit (two agencies of Boulot Express,
 * so the agency choice shows): ask an amount, ask the maximum, see both, cancel one; bad amounts
 * answered next to the field (lea.fournier); a hostile comment shown as text.
 */
class WorkerJourneyIT extends BrowserTest {

    private static final String EMPLOYER = "Boulot Express";
    private static final String PARIS = "Boulot Express Paris 11";
    private static final String LILLE = "Boulot Express Lille Centre";
    private static final String XSS = "<script>alert('xss')</script><img src=x onerror=\"alert('img')\"> & merci";

    @Test
    void asksAnAmountAndTheMaximumSeesThemAndCancelsOne() {
        WebDriver driver = desktop();
        open(driver, "");
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), "anonymous users land on the login page");
        screenshot(driver, "01-login");
        login(driver, "lucas.petit");
        assertTrue(driver.getCurrentUrl().endsWith("/worker/employers.xhtml"), driver.getCurrentUrl());
        assertEquals("Mes employeurs", text(driver, By.tagName("h1")));
        List<String> employers = driver.findElements(css(".employer-name")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Boulot Express"), employers);
        screenshot(driver, "02-worker-employers");

        cancelWaitingRequests(driver, EMPLOYER);

        // An amount, at the agency chosen among two.
        openAsk(driver, EMPLOYER);
        assertEquals("Besoin d'un acompte ? — Boulot Express", text(driver, By.tagName("h1")));
        assertTrue(driver.findElement(id("ask:agency")).isDisplayed(), "two agencies: a choice");
        choose(driver, "ask:agency", PARIS);
        type(driver, id("ask:amount"), "42,50");
        type(driver, id("ask:comment"), "Pour le loyer");
        screenshot(driver, "03-worker-ask");
        click(driver, id("ask:send"));
        String confirmation = text(driver, id("ask:confirmText"));
        assertContains(confirmation, "42,50");
        assertContains(confirmation, PARIS);
        screenshot(driver, "04-worker-confirm");
        click(driver, id("ask:validate"));
        String sent = text(driver, id("ask:sentMessage"));
        assertContains(sent, "Votre demande d'acompte a bien été envoyée à " + PARIS);
        screenshot(driver, "05-worker-sent");

        // The maximum, at the other agency: shown with its breakdown before sending.
        openAsk(driver, EMPLOYER);
        List<String> options = optionsOf(driver, "ask:agency");
        assertTrue(options.contains(PARIS + " — une demande attend déjà une réponse"),
                "the agency with a waiting request is marked: " + options);
        choose(driver, "ask:agency", LILLE);
        click(driver, css("[id='ask:maximum'] .ui-chkbox-box"));
        assertFalse(driver.findElement(id("ask:amount")).isEnabled(), "no amount with the maximum");
        String maximum = text(driver, id("maximumTitle"));
        assertContains(maximum, "Montant maximum possible : ");
        assertContains(maximum, "€");
        String breakdown = text(driver, id("breakdown"));
        assertContains(breakdown, "Heures validées depuis la dernière paie");
        assertContains(breakdown, "Part avancée par l'agence : 80 %");
        screenshot(driver, "06-worker-ask-maximum");
        type(driver, id("ask:comment"), XSS);
        click(driver, id("ask:send"));
        assertContains(text(driver, id("ask:confirmText")), "le montant maximum possible");
        click(driver, id("ask:validate"));
        assertContains(text(driver, id("ask:sentMessage")), LILLE);
        assertNoAlert(driver);

        // Both in "Voir mes demandes", newest first.
        click(driver, id("ask:seeRequests"));
        visible(driver, id("requests:table"));
        assertEquals("Mes demandes — Boulot Express", text(driver, By.tagName("h1")));
        List<WebElement> rows = driver.findElements(css("[id='requests:table_data'] tr"));
        String first = rows.get(0).getText();
        String second = rows.get(1).getText();
        assertContains(first, LILLE);
        assertContains(first, "Maximum : ");
        assertContains(first, "Envoyée");
        assertContains(second, PARIS);
        assertMoney(second, "42,50 €");
        assertContains(second, "Envoyée");
        screenshot(driver, "07-worker-requests");

        // The hostile comment is shown as typed, and nothing ran.
        long maximumRequest = idOf(rows.get(0).findElement(css(DETAIL_LINK)));
        open(driver, "worker/detail.xhtml?id=" + maximumRequest);
        assertNoAlert(driver);
        assertEquals(XSS, text(driver, id("workerComment")));
        assertEquals(0, driver.findElements(By.xpath("//img[@src='x']")).size(), "no injected element");
        assertContains(text(driver, id("history")), "Demande envoyée");
        screenshot(driver, "08-worker-detail");

        // Cancel the one at Lyon 3: confirmation, then "Annulée".
        openRequests(driver, EMPLOYER);
        WebElement lyon3Row = driver.findElements(css("[id='requests:table_data'] tr")).get(1);
        lyon3Row.findElement(css("button.cancel")).click();
        visible(driver, css(".ui-confirm-dialog"));
        screenshot(driver, "09-worker-cancel-confirm");
        click(driver, id("requests:confirmYes"));
        assertContains(text(driver, id("requests:messages")), "Votre demande a été annulée.");
        String cancelled = driver.findElements(css("[id='requests:table_data'] tr")).get(1).getText();
        assertContains(cancelled, "Annulée");
        assertEquals(1, driver.findElements(css("button.cancel")).size(), "only the maximum request still waits");
    }

    @Test
    void answersBadAmountsNextToTheFieldAndStoresNothing() {
        WebDriver driver = desktop();
        login(driver, "lea.fournier");
        cancelWaitingRequests(driver, "Intérim Plus");
        openRequests(driver, "Intérim Plus");
        String before = text(driver, css("[id='requests:table'] .ui-paginator-current"));

        openAsk(driver, "Intérim Plus");
        assertTrue(driver.findElements(id("ask:agency")).isEmpty(), "one agency: no choice");
        assertEquals("Intérim Plus Lyon 7", text(driver, id("agencyName")));
        expectAmountError(driver, "", "Indiquez un montant, ou cochez « Je souhaite le montant maximum possible ».");
        expectAmountError(driver, "douze", "Saisissez un montant en euros, par exemple 150 ou 150,50.");
        expectAmountError(driver, "-5", "Le montant doit être supérieur à zéro.");
        expectAmountError(driver, "0", "Le montant doit être supérieur à zéro.");
        expectAmountError(driver, "10,123", "Le montant ne peut pas avoir plus de deux décimales.");
        expectAmountError(driver, "99999999", "Le montant ne peut pas dépasser 100");
        expectAmountError(driver, "99999", "Le montant dépasse le maximum possible");
        screenshot(driver, "10-worker-ask-error");
        type(driver, id("ask:amount"), "10");
        type(driver, id("ask:comment"), "x".repeat(501));
        click(driver, id("ask:send"));
        // The browser stops at 500 characters: what is sent is accepted.
        assertEquals(500, driver.findElement(id("ask:comment")).getAttribute("value").length());

        openRequests(driver, "Intérim Plus");
        assertEquals(before, text(driver, css("[id='requests:table'] .ui-paginator-current")),
                "no request was stored by the refused attempts");
    }

    private static void expectAmountError(WebDriver driver, String amount, String message) {
        type(driver, id("ask:amount"), amount);
        click(driver, id("ask:send"));
        WebElement error = visible(driver, css("[id='ask:amountPanel'] .ui-message-error"));
        assertContains(error.getText(), message);
        assertFalse(driver.findElement(id("ask:confirm")).isDisplayed(), "no confirmation for a bad amount");
    }
}
