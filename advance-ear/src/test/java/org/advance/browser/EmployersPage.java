package org.advance.browser;

import static org.advance.browser.Ui.click;
import static org.advance.browser.Ui.css;
import static org.advance.browser.Ui.settle;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The worker's "Mes employeurs / My employers": one card per employer, to ask or to see his requests. */
final class EmployersPage {

    private final WebDriver driver;

    private EmployersPage(WebDriver driver) {
        this.driver = driver;
    }

    static EmployersPage open(WebDriver driver) {
        Ui.open(driver, "worker/employers.xhtml");
        return new EmployersPage(driver);
    }

    List<String> employers() {
        return driver.findElements(css(".employer-name")).stream().map(WebElement::getText).toList();
    }

    /** "Besoin d'un acompte ?" of an employer. */
    AskPage ask(String employer) {
        click(driver, link(employer, "/worker/ask.xhtml"));
        settle(driver);
        return new AskPage(driver);
    }

    /** "Voir mes demandes" of an employer. */
    RequestsPage requests(String employer) {
        click(driver, link(employer, "/worker/requests.xhtml"));
        return RequestsPage.shown(driver);
    }

    private static By link(String employer, String page) {
        return By.xpath("//div[contains(@class,'employer')][.//h2[normalize-space()='" + employer
                + "']]//a[contains(@href,'" + page + "')]");
    }
}
