package org.advance.browser;

import static org.advance.browser.Ui.assertNoAlert;
import static org.advance.browser.Ui.heading;
import static org.advance.browser.Ui.open;
import static org.advance.browser.Ui.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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
        assertEquals("Mes employeurs", heading(driver));
        assertEquals(List.of("Boulot Express"), EmployersPage.open(driver).employers());
        screenshot(driver, "02-worker-employers");

        EmployersPage.open(driver).requests(EMPLOYER).cancelAllWaiting();

        // An amount, at the agency chosen among two.
        AskPage ask = EmployersPage.open(driver).ask(EMPLOYER);
        assertEquals("Besoin d'un acompte ? — Boulot Express", heading(driver));
        assertTrue(ask.offersAgencies(), "two agencies: a choice");
        ask.agency(PARIS).amount("42,50").comment("Pour le loyer");
        screenshot(driver, "03-worker-ask");
        String confirmation = ask.send().confirmation();
        assertContains(confirmation, "42,50");
        assertContains(confirmation, PARIS);
        screenshot(driver, "04-worker-confirm");
        assertContains(ask.validate(), "Votre demande d'acompte a bien été envoyée à " + PARIS);
        screenshot(driver, "05-worker-sent");

        // The maximum, at the other agency: shown with its breakdown before sending.
        ask = EmployersPage.open(driver).ask(EMPLOYER);
        List<String> options = ask.agencies();
        assertTrue(options.contains(PARIS + " — une demande attend déjà une réponse"),
                "the agency with a waiting request is marked: " + options);
        ask.agency(LILLE).maximum();
        assertFalse(ask.amountEnabled(), "no amount with the maximum");
        String maximum = ask.maximumTitle();
        assertContains(maximum, "Montant maximum possible : ");
        assertContains(maximum, "€");
        String breakdown = ask.breakdown();
        assertContains(breakdown, "Heures validées depuis la dernière paie");
        assertContains(breakdown, "Part avancée par l'agence : 80 %");
        screenshot(driver, "06-worker-ask-maximum");
        ask.comment(XSS);
        assertContains(ask.send().confirmation(), "le montant maximum possible");
        assertContains(ask.validate(), LILLE);
        assertNoAlert(driver);

        // Both in "Voir mes demandes", newest first.
        RequestsPage requests = ask.seeRequests();
        assertEquals("Mes demandes — Boulot Express", heading(driver));
        String first = requests.row(0);
        String second = requests.row(1);
        assertContains(first, LILLE);
        assertContains(first, "Maximum : ");
        assertContains(first, "Envoyée");
        assertContains(second, PARIS);
        assertMoney(second, "42,50 €");
        assertContains(second, "Envoyée");
        screenshot(driver, "07-worker-requests");

        // The hostile comment is shown as typed, and nothing ran.
        DetailPage detail = DetailPage.open(driver, "worker", requests.requestId(0));
        assertNoAlert(driver);
        assertEquals(XSS, detail.workerComment());
        assertEquals(0, driver.findElements(By.xpath("//img[@src='x']")).size(), "no injected element");
        assertContains(detail.history(), "Demande envoyée");
        screenshot(driver, "08-worker-detail");

        // Cancel the one at Paris 11: confirmation, then "Annulée".
        requests = EmployersPage.open(driver).requests(EMPLOYER).askToCancel(1);
        screenshot(driver, "09-worker-cancel-confirm");
        assertContains(requests.confirmCancel(), "Votre demande a été annulée.");
        assertContains(requests.row(1), "Annulée");
        assertEquals(1, requests.waiting(), "only the maximum request still waits");
    }

    @Test
    void answersBadAmountsNextToTheFieldAndStoresNothing() {
        WebDriver driver = desktop();
        login(driver, "lea.fournier");
        String before = EmployersPage.open(driver).requests("Intérim Plus").cancelAllWaiting().counter();

        AskPage ask = EmployersPage.open(driver).ask("Intérim Plus");
        assertFalse(ask.offersAgencies(), "one agency: no choice");
        assertEquals("Intérim Plus Lyon 7", ask.agencyName());
        expectAmountError(ask, "", "Indiquez un montant, ou cochez « Je souhaite le montant maximum possible ».");
        expectAmountError(ask, "douze", "Saisissez un montant en euros, par exemple 150 ou 150,50.");
        expectAmountError(ask, "-5", "Le montant doit être supérieur à zéro.");
        expectAmountError(ask, "0", "Le montant doit être supérieur à zéro.");
        expectAmountError(ask, "10,123", "Le montant ne peut pas avoir plus de deux décimales.");
        expectAmountError(ask, "99999999", "Le montant ne peut pas dépasser 100");
        expectAmountError(ask, "99999", "Le montant dépasse le maximum possible");
        screenshot(driver, "10-worker-ask-error");
        ask.amount("10").comment("x".repeat(501)).send();
        // The browser stops at 500 characters: what is sent is accepted.
        assertEquals(500, ask.commentTyped().length());

        assertEquals(before, EmployersPage.open(driver).requests("Intérim Plus").counter(),
                "no request was stored by the refused attempts");
    }

    private static void expectAmountError(AskPage ask, String amount, String message) {
        assertContains(ask.amount(amount).send().amountError(), message);
        assertFalse(ask.confirmationShown(), "no confirmation for a bad amount");
    }
}
