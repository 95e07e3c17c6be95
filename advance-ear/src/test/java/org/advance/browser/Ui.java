package org.advance.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a user does with any page, the way PrimeFaces pages need it done: wait for the ajax queue,
 * pick from a menu by opening it, read a text again when an update replaced its element. The page
 * objects are made of these; a test uses them directly only for what no page names.
 */
final class Ui {

    static final String BASE = "http://127.0.0.1:" + System.getProperty("advance.httpPort", "22080") + "/advance/";
    static final Path SCREENSHOTS = Path.of(System.getProperty("advance.screenshots", "target/screenshots"));

    /** The eye / detail link of a table row. */
    static final String DETAIL_LINK = "a[href*='detail.xhtml?id=']";

    private Ui() {}

    static void open(WebDriver driver, String path) {
        driver.get(BASE + path);
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Waits until PrimeFaces has no request in flight. */
    static void settle(WebDriver driver) {
        waitFor(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)")));
    }

    static void click(WebDriver driver, By by) {
        waitFor(driver).until(ExpectedConditions.elementToBeClickable(by)).click();
        settle(driver);
    }

    static WebElement visible(WebDriver driver, By by) {
        return waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The text of a visible element, read again when an update replaced the element found. */
    static String text(WebDriver driver, By by) {
        return waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement shown = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
                    return shown == null ? null : shown.getText();
                });
    }

    /** The page's title (its h1). */
    static String heading(WebDriver driver) {
        return text(driver, By.tagName("h1"));
    }

    /** The error summary of the page's messages (a refused login, an id that is not the user's). */
    static String errorMessage(WebDriver driver) {
        return text(driver, css(".ui-messages-error-summary"));
    }

    static void type(WebDriver driver, By by, String value) {
        WebElement input = visible(driver, by);
        input.clear();
        // Some widgets (date pickers) put their value back on clear(): erase it as a user would.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label, as a user does: open, click the item. */
    static void choose(WebDriver driver, String menuId, String label) {
        // The arrow opens every menu (the middle of an editable one is a text field).
        click(driver, By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-trigger"));
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label=\"" + label + "\"]");
        // The list is built and faded in when opened: wait until it stands still before clicking.
        waitFor(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var p = document.getElementById(arguments[0] + '_panel');"
                        + " return !!p && getComputedStyle(p).display !== 'none' && getComputedStyle(p).opacity === '1'"
                        + " && !(window.jQuery && jQuery(p).is(':animated'));", menuId)));
        visible(driver, item).click();
        settle(driver);
        waitFor(driver).until(d -> {
            // An editable menu shows the choice in a text field, the others in a label.
            List<WebElement> editable = d.findElements(By.id(menuId + "_editableInput"));
            String text = editable.isEmpty() ? d.findElement(By.id(menuId + "_label")).getText()
                    : editable.get(0).getAttribute("value");
            return label.equals(text);
        });
    }

    /** The labels a selectOneMenu offers (the list is built when opened; read from its hidden select). */
    static List<String> optionsOf(WebDriver driver, String menuId) {
        return driver.findElements(By.cssSelector("[id='" + menuId + "_input'] option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
    }

    /** The rows of a data table, without its "no records" row. */
    static List<WebElement> rows(WebDriver driver, String tableId) {
        return driver.findElements(css("[id='" + tableId + "_data'] tr:not(.ui-datatable-empty-message)"));
    }

    static By css(String selector) {
        return By.cssSelector(selector);
    }

    /** A Faces client id (with its colons). */
    static By id(String clientId) {
        return By.id(clientId);
    }

    static boolean present(WebDriver driver, By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The request id of a detail link ("...detail.xhtml?id=42"). */
    static long idOf(WebElement detailLink) {
        String href = detailLink.getAttribute("href");
        return Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    static void assertNoAlert(WebDriver driver) {
        try {
            String text = driver.switchTo().alert().getText();
            fail("a script ran in the page and opened an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** Saves what the user sees under target/screenshots/NAME.png. */
    static void screenshot(WebDriver driver, String name) {
        try {
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
