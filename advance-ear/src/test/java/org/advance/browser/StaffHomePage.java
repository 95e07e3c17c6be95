package org.advance.browser;

import static org.advance.browser.Ui.click;
import static org.advance.browser.Ui.css;
import static org.advance.browser.Ui.id;
import static org.advance.browser.Ui.present;
import static org.advance.browser.Ui.text;

import org.openqa.selenium.WebDriver;

/** The staff's home: one card per service the staff member may use. */
final class StaffHomePage {

    private final WebDriver driver;

    StaffHomePage(WebDriver driver) {
        this.driver = driver;
    }

    /** The title of the "Demandes d'acomptes" card. */
    String advancesService() {
        return text(driver, css("#service-advances h2"));
    }

    boolean offersAdvances() {
        return present(driver, id("open-advances"));
    }

    /** What the page says to a staff member without the advances permission. */
    String noService() {
        return text(driver, id("no-service"));
    }

    StaffAdvancesPage openAdvances() {
        click(driver, id("open-advances"));
        return new StaffAdvancesPage(driver);
    }
}
