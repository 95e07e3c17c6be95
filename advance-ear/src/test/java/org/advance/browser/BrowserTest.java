package org.advance.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser tests: the EAR as built, deployed on a managed Payara holding the demo data, driven by
 * headless Chromium like a user would. Each test class uses its own demo users, so that classes
 * do not depend on each other's order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    static final String BASE = "http://127.0.0.1:" + System.getProperty("advance.httpPort", "22080") + "/advance/";
    static final Path SCREENSHOTS = Path.of(System.getProperty("advance.screenshots", "target/screenshots"));

    private final List<WebDriver> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("advance.ear", "target/advance.ear")));
    }

    /** A fresh headless Chromium (own profile: no cookie or cache shared) of the given window size. */
    WebDriver browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=fr-FR",
                    "--user-data-dir=" + Files.createTempDirectory("advance-chromium").toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (width < 500) {
            // A headless window is never narrower than 500 px: a phone is emulated (viewport, touch, mobile).
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics", java.util.Map.of(
                    "width", width, "height", height, "pixelRatio", 1.0, "touch", true, "mobile", true)));
        }
        // An alert left open makes the next command fail: an injected script cannot go unnoticed.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browsers.add(driver);
        return driver;
    }

    WebDriver desktop() {
        return browser(1280, 900);
    }

    /** Keeps the last screen of every browser of a test (what it saw when it ended or failed), then closes them. */
    @AfterEach
    void closeBrowsers(TestInfo test) {
        for (int i = 0; i < browsers.size(); i++) {
            try {
                screenshot(browsers.get(i), "last/" + test.getTestMethod().map(m -> m.getName()).orElse("test") + "-" + i);
            } catch (RuntimeException e) {
                // an alert may be open: the screen cannot be taken, the test already says why it failed
            }
        }
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    /** The eye / detail link of a table row. */
    static final String DETAIL_LINK = "a[href*='detail.xhtml?id=']";

    static void open(WebDriver driver, String path) {
        driver.get(BASE + path);
    }

    /** Logs in through the form; returns on the page the application went to. */
    static void login(WebDriver driver, String login) {
        if (!driver.getCurrentUrl().contains("/login.xhtml")) {
            open(driver, "login.xhtml");
        }
        submitLogin(driver, login, "demo");
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    static void submitLogin(WebDriver driver, String login, String password) {
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(login);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    static void logout(WebDriver driver) {
        driver.findElement(By.id("logoutForm:logout")).click();
        waitFor(driver).until(ExpectedConditions.urlContains("/login.xhtml"));
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

    static By css(String selector) {
        return By.cssSelector(selector);
    }

    /** CSS for an element whose id contains colons (Faces client ids). */
    static By id(String clientId) {
        return By.id(clientId);
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

    static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), () -> "expected «" + needle + "» in «" + haystack + "»");
    }

    /** An amount as shown, whatever space the locale puts between figures and the euro sign. */
    static void assertMoney(String haystack, String amount) {
        String squeeze = "[\\s\\u00a0\\u202f]";
        assertContains(haystack.replaceAll(squeeze, ""), amount.replaceAll(squeeze, ""));
    }

    /** The request id of a detail link ("...detail.xhtml?id=42"). */
    static long idOf(WebElement detailLink) {
        String href = detailLink.getAttribute("href");
        return Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    /** The French amount "1 234,50 €" (any kind of space) as a number. */
    static double frenchAmount(String text) {
        String plain = text.replaceAll("[^0-9,]", "").replace(',', '.');
        return Double.parseDouble(plain);
    }

    /** Opens the worker's requests of an employer from "Mes employeurs". */
    static void openRequests(WebDriver driver, String employer) {
        open(driver, "worker/employers.xhtml");
        click(driver, By.xpath("//div[contains(@class,'employer')][.//h2[normalize-space()='" + employer
                + "']]//a[contains(@href,'/worker/requests.xhtml')]"));
        visible(driver, id("requests:table"));
    }

    /** Opens "Besoin d'un acompte ?" of an employer from "Mes employeurs". */
    static void openAsk(WebDriver driver, String employer) {
        open(driver, "worker/employers.xhtml");
        click(driver, By.xpath("//div[contains(@class,'employer')][.//h2[normalize-space()='" + employer
                + "']]//a[contains(@href,'/worker/ask.xhtml')]"));
        settle(driver);
    }

    /** Cancels every request of this employer still waiting (the demo data leaves some), from "Voir mes demandes". */
    static void cancelWaitingRequests(WebDriver driver, String employer) {
        openRequests(driver, employer);
        for (int i = 0; i < 10; i++) {
            List<WebElement> buttons = driver.findElements(css("button.cancel"));
            if (buttons.isEmpty()) {
                return;
            }
            buttons.get(0).click();
            click(driver, id("requests:confirmYes"));
            settle(driver);
        }
    }

    /**
     * Sends a request from the open "Besoin d'un acompte ?" form: agency (null when there is no
     * choice), amount (null: the maximum), comment; confirms with "Valider" and returns the sent message.
     */
    static String ask(WebDriver driver, String agency, String amount, String comment) {
        if (agency != null) {
            choose(driver, "ask:agency", agency);
        }
        if (amount == null) {
            click(driver, css("[id='ask:maximum'] .ui-chkbox-box"));
        } else {
            type(driver, id("ask:amount"), amount);
        }
        if (comment != null) {
            type(driver, id("ask:comment"), comment);
        }
        click(driver, id("ask:send"));
        String confirmation = text(driver, id("ask:confirmText"));
        if (agency != null) {
            assertContains(confirmation, agency);
        }
        click(driver, id("ask:validate"));
        return text(driver, id("ask:sentMessage"));
    }
}
