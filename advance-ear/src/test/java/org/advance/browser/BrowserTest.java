package org.advance.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
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
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Browser tests: the EAR as built, deployed on a managed server holding the demo data, driven by
 * headless Chromium like a user would, through one page object per screen ({@link LoginPage},
 * {@link EmployersPage}, {@link AskPage}, {@link RequestsPage}, {@link DetailPage},
 * {@link StaffHomePage}, {@link StaffAdvancesPage}, {@link ProcessDialog}, {@link AdminStatusPage})
 * made of {@link Ui}'s gestures. Each test class uses its own demo users, so that classes do not
 * depend on each other's order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

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
                Ui.screenshot(browsers.get(i), "last/" + test.getTestMethod().map(m -> m.getName()).orElse("test") + "-" + i);
            } catch (RuntimeException e) {
                // an alert may be open: the screen cannot be taken, the test already says why it failed
            }
        }
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    /** Signs a demo account in through the login form; returns on the page the application went to. */
    static void login(WebDriver driver, String login) {
        LoginPage page = driver.getCurrentUrl().contains("/login.xhtml") ? new LoginPage(driver) : LoginPage.open(driver);
        page.signIn(login);
    }

    static void logout(WebDriver driver) {
        LoginPage.logout(driver);
    }

    static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), () -> "expected «" + needle + "» in «" + haystack + "»");
    }

    /** An amount as shown, whatever space the locale puts between figures and the euro sign. */
    static void assertMoney(String haystack, String amount) {
        String squeeze = "[\\s\\u00a0\\u202f]";
        assertContains(haystack.replaceAll(squeeze, ""), amount.replaceAll(squeeze, ""));
    }

    /** The French amount "1 234,50 €" (any kind of space) as a number. */
    static double frenchAmount(String text) {
        String plain = text.replaceAll("[^0-9,]", "").replace(',', '.');
        return Double.parseDouble(plain);
    }
}
