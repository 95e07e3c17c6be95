package org.advance.browser;

import static org.advance.browser.Ui.screenshot;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
        AdminStatusPage status = AdminStatusPage.open(driver);
        String counts = status.counts();
        assertContains(counts, "Envoyée");
        assertContains(counts, "Acceptée");

        assertContains(status.startDigest(), "Récapitulatif lancé");
        status.awaitDigestCompleted();

        status = AdminStatusPage.open(driver);
        // Staff with requests to process in the demo data: their digests wait for the SMTP server.
        assertContains(status.undeliveredMails(), "à traiter");
        assertTrue(status.offersRetry(), "a way to try again");
        screenshot(driver, "50-admin-status");
    }
}
