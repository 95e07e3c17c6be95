package org.advance.browser;

import static org.advance.browser.Ui.DETAIL_LINK;
import static org.advance.browser.Ui.click;
import static org.advance.browser.Ui.css;
import static org.advance.browser.Ui.id;
import static org.advance.browser.Ui.idOf;
import static org.advance.browser.Ui.settle;
import static org.advance.browser.Ui.text;
import static org.advance.browser.Ui.visible;

import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The worker's "Mes demandes / My requests" at one employer, newest first, with cancel and the eye. */
final class RequestsPage {

    private final WebDriver driver;

    private RequestsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The page the browser shows now, once its table is there. */
    static RequestsPage shown(WebDriver driver) {
        visible(driver, id("requests:table"));
        return new RequestsPage(driver);
    }

    List<WebElement> rows() {
        return driver.findElements(css("[id='requests:table_data'] tr"));
    }

    /** A row's text (0: the newest). */
    String row(int index) {
        return index == 0 ? text(driver, css("[id='requests:table_data'] tr")) : rows().get(index).getText();
    }

    /** The whole table's text. */
    String table() {
        return text(driver, id("requests:table_data"));
    }

    /** The id of a row's request, from its eye link. */
    long requestId(int index) {
        return idOf(rows().get(index).findElement(css(DETAIL_LINK)));
    }

    /** "1 - 10 of 23", or what the paginator says when the table is empty. */
    String counter() {
        return text(driver, css("[id='requests:table'] .ui-paginator-current"));
    }

    /** How many requests still wait (each has a cancel button). */
    int waiting() {
        return driver.findElements(css("button.cancel")).size();
    }

    /** The cancel button of a row: opens the confirmation. */
    RequestsPage askToCancel(int index) {
        rows().get(index).findElement(css("button.cancel")).click();
        visible(driver, css(".ui-confirm-dialog"));
        return this;
    }

    /** "Oui" in the confirmation; returns the page's message. */
    String confirmCancel() {
        click(driver, id("requests:confirmYes"));
        return text(driver, id("requests:messages"));
    }

    /** Cancels every request still waiting (the demo data leaves some), newest first. */
    RequestsPage cancelAllWaiting() {
        for (int i = 0; i < 10 && waiting() > 0; i++) {
            driver.findElements(css("button.cancel")).get(0).click();
            click(driver, id("requests:confirmYes"));
            settle(driver);
        }
        return this;
    }

    /** The eye of a row. */
    DetailPage detail(int index) {
        click(driver, css("[id='requests:table_data'] tr:nth-child(" + (index + 1) + ") " + DETAIL_LINK));
        return DetailPage.shown(driver);
    }

    /** The employer's id, as the page's address carries it. */
    String employerId() {
        return driver.getCurrentUrl().replaceAll(".*employer=", "");
    }
}
