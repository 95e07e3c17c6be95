package org.advance.browser;

import static org.advance.browser.Ui.heading;
import static org.advance.browser.Ui.open;
import static org.advance.browser.Ui.screenshot;
import static org.advance.browser.Ui.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The worker journey on a 390 px wide phone, in both languages: hugo.garcia in French,
 * emma.wilson (whose account is in English) switching to French and back.
 */
class MobileAndLanguageIT extends BrowserTest {

    private static final int PHONE_WIDTH = 390;

    WebDriver phone() {
        return browser(PHONE_WIDTH, 844);
    }

    @Test
    void theWholeWorkerJourneyWorksOnAPhone() {
        WebDriver driver = phone();
        open(driver, "login.xhtml");
        fitsTheScreen(driver, "login");
        screenshot(driver, "40-mobile-login");
        login(driver, "hugo.garcia");
        EmployersPage.open(driver).requests("Boulot Express").cancelAllWaiting();
        EmployersPage employers = EmployersPage.open(driver);
        fitsTheScreen(driver, "employers");
        screenshot(driver, "41-mobile-employers");

        AskPage ask = employers.ask("Boulot Express");
        assertEquals("Boulot Express Paris 11", ask.agencyName());
        assertContains(ask.maximum().breakdown(), "Part avancée par l'agence : 90 %");
        fitsTheScreen(driver, "ask");
        screenshot(driver, "42-mobile-ask-maximum");
        assertContains(ask.send().confirmation(), "le montant maximum possible");
        fitsTheScreen(driver, "confirmation");
        screenshot(driver, "43-mobile-confirm");
        assertContains(ask.validate(), "Boulot Express Paris 11");

        RequestsPage requests = ask.seeRequests();
        String first = requests.row(0);
        assertContains(first, "Envoyée");
        assertContains(first, "Maximum : ");
        fitsTheScreen(driver, "requests");
        screenshot(driver, "44-mobile-requests");
        requests.detail(0);
        fitsTheScreen(driver, "detail");
        screenshot(driver, "45-mobile-detail");
    }

    @Test
    void everyLabelAndAmountFollowsTheLanguage() {
        WebDriver driver = phone();
        LoginPage.open(driver);
        assertEquals("Connexion", heading(driver), "French by default");
        LoginPage.language(driver, "en");
        // The switch reloads the page; right after the click the old page may still be the one read.
        waitFor(driver).until(d -> "Log in".equals(heading(d)));
        assertEquals("Log in", heading(driver));
        login(driver, "emma.wilson");
        assertEquals("My employers", heading(driver));
        EmployersPage.open(driver).requests("Boulot Express").cancelAllWaiting();

        AskPage ask = EmployersPage.open(driver).ask("Boulot Express");
        assertEquals("Need an advance? — Boulot Express", heading(driver));
        ask.agency("Boulot Express Lille Centre");
        assertContains(ask.amount("-3").send().amountError(), "The amount must be greater than zero.");
        assertContains(ask.amount("12.5").send().confirmation(),
                "You are asking Boulot Express Lille Centre for an advance of €12.50.");
        screenshot(driver, "46-english-confirm");
        assertContains(ask.validate(), "Your advance request has been sent to Boulot Express Lille Centre.");
        RequestsPage requests = ask.seeRequests();
        assertEquals("My requests — Boulot Express", heading(driver));
        String row = requests.row(0);
        assertContains(row, "€12.50");
        assertContains(row, "Sent");
        screenshot(driver, "47-english-requests");

        // The switch keeps the page (and its employer) and the choice is remembered in the account.
        String page = driver.getCurrentUrl();
        LoginPage.language(driver, "fr");
        assertEquals(page, driver.getCurrentUrl());
        assertEquals("Mes demandes — Boulot Express", heading(driver));
        row = RequestsPage.shown(driver).row(0);
        assertMoney(row, "12,50 €");
        assertContains(row, "Envoyée");
        logout(driver);
        login(driver, "emma.wilson");
        assertEquals("Mes employeurs", heading(driver));
        LoginPage.language(driver, "en");
        assertEquals("My employers", heading(driver));
    }

    private static void fitsTheScreen(WebDriver driver, String page) {
        long width = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth;");
        assertTrue(width <= PHONE_WIDTH, page + " is " + width + " px wide on a " + PHONE_WIDTH + " px screen");
    }
}
