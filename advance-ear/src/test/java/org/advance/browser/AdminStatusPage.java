package org.advance.browser;

import static org.advance.browser.Ui.click;
import static org.advance.browser.Ui.css;
import static org.advance.browser.Ui.id;
import static org.advance.browser.Ui.present;
import static org.advance.browser.Ui.settle;
import static org.advance.browser.Ui.text;
import static org.advance.browser.Ui.waitFor;

import org.openqa.selenium.WebDriver;

/** The administrator's status board: requests per status, the digest, the undelivered mails. */
final class AdminStatusPage {

    private final WebDriver driver;

    private AdminStatusPage(WebDriver driver) {
        this.driver = driver;
    }

    static AdminStatusPage open(WebDriver driver) {
        Ui.open(driver, "admin/status.xhtml");
        return new AdminStatusPage(driver);
    }

    /** The requests per status. */
    String counts() {
        return text(driver, id("admin:counts"));
    }

    /** Starts the digest by hand; returns the page's message. */
    String startDigest() {
        click(driver, id("admin:startDigest"));
        settle(driver);
        return text(driver, css(".ui-messages-info-summary"));
    }

    /** Refreshes the digest's status until it says COMPLETED (the job runs in the background). */
    AdminStatusPage awaitDigestCompleted() {
        waitFor(driver).until(d -> {
            click(d, id("admin:refreshDigest"));
            settle(d);
            return text(d, id("admin:digestStatus")).contains("COMPLETED");
        });
        return this;
    }

    /** The mails that could not be delivered yet, per kind. */
    String undeliveredMails() {
        return text(driver, id("admin:mails"));
    }

    boolean offersRetry() {
        return present(driver, id("admin:retryMails"));
    }
}
