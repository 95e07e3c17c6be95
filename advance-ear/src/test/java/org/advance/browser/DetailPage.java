package org.advance.browser;

import static org.advance.browser.Ui.id;
import static org.advance.browser.Ui.present;
import static org.advance.browser.Ui.text;
import static org.advance.browser.Ui.visible;

import org.openqa.selenium.WebDriver;

/** A request's detail, the worker's ("worker/detail.xhtml") or the staff's ("staff/detail.xhtml"). */
final class DetailPage {

    private final WebDriver driver;

    private DetailPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The page the browser shows now, once the request is there. */
    static DetailPage shown(WebDriver driver) {
        visible(driver, id("detail"));
        return new DetailPage(driver);
    }

    /** Opens a request's detail by its address, as the mail's link or a typed id does; shown or not. */
    static DetailPage open(WebDriver driver, String side, Object requestId) {
        Ui.open(driver, side + "/detail.xhtml?id=" + requestId);
        return new DetailPage(driver);
    }

    /** Whether anything of the request is shown. */
    boolean shows() {
        return present(driver, id("detail"));
    }

    String worker() {
        return text(driver, id("worker"));
    }

    String workerComment() {
        return text(driver, id("workerComment"));
    }

    String granted() {
        return text(driver, id("granted"));
    }

    String decidedBy() {
        return text(driver, id("decidedBy"));
    }

    /** The request's history, oldest first ("Demande envoyée", "Envoyée → Acceptée"). */
    String history() {
        return text(driver, id("history"));
    }
}
