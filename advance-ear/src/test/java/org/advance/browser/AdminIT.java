package org.advance.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The administrator's page: requests per status, the digest started by hand, and the mails it
 * could not deliver. The test server has no SMTP server listening (on purpose), so every digest
 * must show up there as undelivered instead of vanishing.
 */
class AdminIT extends BrowserTest {

    @Test
    void theAdministratorStartsTheDigestAndSeesTheMailsWaitingForTheSmtpServer() {
        WebDriver driver = desktop();
        login(driver, "admin");
        open(driver, "admin/status.xhtml");
        String counts = text(driver, id("admin:counts"));
        assertContains(counts, "Envoyée");
        assertContains(counts, "Acceptée");

        click(driver, id("admin:startDigest"));
        settle(driver);
        assertContains(text(driver, css(".ui-messages-info-summary")), "Récapitulatif lancé");
        // The job runs in the background: refresh until it has completed.
        waitFor(driver).until(d -> {
            click(d, id("admin:refreshDigest"));
            settle(d);
            return text(d, id("admin:digestStatus")).contains("COMPLETED");
        });

        open(driver, "admin/status.xhtml");
        String mails = text(driver, id("admin:mails"));
        // Staff with requests to process in the demo data: their digests wait for the SMTP server.
        assertContains(mails, "à traiter");
        assertTrue(driver.findElements(By.id("admin:retryMails")).size() == 1, "a way to try again");
        screenshot(driver, "50-admin-status");
    }
}
