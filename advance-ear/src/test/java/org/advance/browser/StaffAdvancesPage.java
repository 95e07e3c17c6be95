package org.advance.browser;

import static org.advance.browser.Ui.DETAIL_LINK;
import static org.advance.browser.Ui.choose;
import static org.advance.browser.Ui.click;
import static org.advance.browser.Ui.css;
import static org.advance.browser.Ui.id;
import static org.advance.browser.Ui.idOf;
import static org.advance.browser.Ui.present;
import static org.advance.browser.Ui.settle;
import static org.advance.browser.Ui.text;
import static org.advance.browser.Ui.type;
import static org.advance.browser.Ui.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The staff's "Demandes d'acomptes": the filters (agency, dates), the tabs "Demandes à traiter"
 * and "Historique des demandes", the processing dialog, the messages of a decision.
 */
final class StaffAdvancesPage {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WebDriver driver;

    StaffAdvancesPage(WebDriver driver) {
        this.driver = driver;
    }

    static StaffAdvancesPage open(WebDriver driver) {
        Ui.open(driver, "staff/advances.xhtml");
        return new StaffAdvancesPage(driver);
    }

    List<String> tabs() {
        return driver.findElements(css(".ui-tabs-nav li")).stream().map(WebElement::getText).toList();
    }

    /** Whether staff choose among agencies (they work for several). */
    boolean offersAgencyFilter() {
        return present(driver, id("filters:agency"));
    }

    /** Types a date ("dd/MM/yyyy") in the "from" or "to" field (the calendar opens only from its button). */
    StaffAdvancesPage date(String field, String date) {
        type(driver, id("filters:" + field + "_input"), date);
        assertEquals(date, driver.findElement(id("filters:" + field + "_input")).getAttribute("value"));
        return this;
    }

    StaffAdvancesPage apply() {
        click(driver, id("filters:apply"));
        return this;
    }

    /** One agency, since yesterday (Paris): the requests of a test, even when it runs across midnight. */
    StaffAdvancesPage filter(String agency) {
        choose(driver, "filters:agency", agency);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return date("from", today.minusDays(1).format(FRENCH_DATE)).date("to", today.format(FRENCH_DATE)).apply();
    }

    StaffAdvancesPage resetFilters() {
        click(driver, id("filters:reset"));
        return this;
    }

    /** The message next to a filter that was refused. */
    String filterError() {
        return text(driver, css("[id='filters'] .ui-message-error"));
    }

    /** Both tabs' text. */
    String tables() {
        return text(driver, id("tables"));
    }

    List<WebElement> toProcess() {
        return Ui.rows(driver, "tables:tabs:toProcess");
    }

    StaffAdvancesPage showHistory() {
        click(driver, By.xpath("//a[normalize-space()='Historique des demandes']"));
        return this;
    }

    List<WebElement> history() {
        return Ui.rows(driver, "tables:tabs:history");
    }

    /** Clicks a history column's header (once: ascending, twice: descending). */
    StaffAdvancesPage sortHistory(String column) {
        click(driver, css("[id='tables:tabs:history:" + column + "']"));
        return this;
    }

    /** The request id of the first row of the history. */
    long firstInHistory() {
        return idOf(driver.findElement(css("[id='tables:tabs:history_data'] tr " + DETAIL_LINK)));
    }

    /** The eye of a row. */
    DetailPage detail(WebElement row) {
        row.findElement(css(DETAIL_LINK)).click();
        return DetailPage.shown(driver);
    }

    /** Opens the processing dialog of the request to process whose row holds this text. */
    ProcessDialog process(String rowText) {
        WebElement row = toProcess().stream().filter(r -> r.getText().contains(rowText)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to process with " + rowText));
        row.findElement(css("button.process")).click();
        settle(driver);
        visible(driver, id("process:save"));
        return new ProcessDialog(driver);
    }

    /** The page's message after a decision ("Demande de … acceptée"). */
    String message() {
        return text(driver, id("messages"));
    }
}
