package org.advance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
        cancelWaitingRequests(driver, "Boulot Express");
        open(driver, "worker/employers.xhtml");
        fitsTheScreen(driver, "employers");
        screenshot(driver, "41-mobile-employers");

        openAsk(driver, "Boulot Express");
        assertEquals("Boulot Express Paris 11", text(driver, id("agencyName")));
        click(driver, css("[id='ask:maximum'] .ui-chkbox-box"));
        assertContains(text(driver, id("breakdown")), "Part avancée par l'agence : 90 %");
        fitsTheScreen(driver, "ask");
        screenshot(driver, "42-mobile-ask-maximum");
        click(driver, id("ask:send"));
        visible(driver, id("ask:confirm"));
        fitsTheScreen(driver, "confirmation");
        screenshot(driver, "43-mobile-confirm");
        click(driver, id("ask:validate"));
        assertContains(text(driver, id("ask:sentMessage")), "Boulot Express Paris 11");

        click(driver, id("ask:seeRequests"));
        visible(driver, id("requests:table"));
        String first = text(driver, css("[id='requests:table_data'] tr"));
        assertContains(first, "Envoyée");
        assertContains(first, "Maximum : ");
        fitsTheScreen(driver, "requests");
        screenshot(driver, "44-mobile-requests");
        click(driver, css("[id='requests:table_data'] tr " + DETAIL_LINK));
        visible(driver, id("detail"));
        fitsTheScreen(driver, "detail");
        screenshot(driver, "45-mobile-detail");
    }

    @Test
    void everyLabelAndAmountFollowsTheLanguage() {
        WebDriver driver = phone();
        open(driver, "login.xhtml");
        assertEquals("Connexion", text(driver, By.tagName("h1")), "French by default");
        click(driver, id("lang-en"));
        // The switch reloads the page; right after the click the old page may still be the one read.
        waitFor(driver).until(d -> "Log in".equals(text(d, By.tagName("h1"))));
        assertEquals("Log in", text(driver, By.tagName("h1")));
        login(driver, "emma.wilson");
        assertEquals("My employers", text(driver, By.tagName("h1")));
        cancelWaitingRequests(driver, "Boulot Express");

        openAsk(driver, "Boulot Express");
        assertEquals("Need an advance? — Boulot Express", text(driver, By.tagName("h1")));
        choose(driver, "ask:agency", "Boulot Express Lille Centre");
        type(driver, id("ask:amount"), "-3");
        click(driver, id("ask:send"));
        assertContains(text(driver, css("[id='ask:amountPanel'] .ui-message-error")), "The amount must be greater than zero.");
        type(driver, id("ask:amount"), "12.5");
        click(driver, id("ask:send"));
        assertContains(text(driver, id("ask:confirmText")), "You are asking Boulot Express Lille Centre for an advance of €12.50.");
        screenshot(driver, "46-english-confirm");
        click(driver, id("ask:validate"));
        assertContains(text(driver, id("ask:sentMessage")), "Your advance request has been sent to Boulot Express Lille Centre.");
        click(driver, id("ask:seeRequests"));
        visible(driver, id("requests:table"));
        assertEquals("My requests — Boulot Express", text(driver, By.tagName("h1")));
        String row = text(driver, css("[id='requests:table_data'] tr"));
        assertContains(row, "€12.50");
        assertContains(row, "Sent");
        screenshot(driver, "47-english-requests");

        // The switch keeps the page (and its employer) and the choice is remembered in the account.
        String page = driver.getCurrentUrl();
        click(driver, id("lang-fr"));
        assertEquals(page, driver.getCurrentUrl());
        assertEquals("Mes demandes — Boulot Express", text(driver, By.tagName("h1")));
        row = text(driver, css("[id='requests:table_data'] tr"));
        assertMoney(row, "12,50 €");
        assertContains(row, "Envoyée");
        logout(driver);
        login(driver, "emma.wilson");
        assertEquals("Mes employeurs", text(driver, By.tagName("h1")));
        click(driver, id("lang-en"));
        assertEquals("My employers", text(driver, By.tagName("h1")));
    }

    private static void fitsTheScreen(WebDriver driver, String page) {
        long width = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth;");
        assertTrue(width <= PHONE_WIDTH, page + " is " + width + " px wide on a " + PHONE_WIDTH + " px screen");
    }
}
