package org.advance.browser;

import static org.advance.browser.Ui.click;
import static org.advance.browser.Ui.id;
import static org.advance.browser.Ui.waitFor;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Connexion / Log in", and the header's language switch and logout that every page has. */
final class LoginPage {

    /** The password of every demo account. */
    static final String DEMO_PASSWORD = "demo";

    private final WebDriver driver;

    LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    static LoginPage open(WebDriver driver) {
        Ui.open(driver, "login.xhtml");
        return new LoginPage(driver);
    }

    /** Types a login and a password and sends them; stays wherever the application answers. */
    LoginPage submit(String login, String password) {
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(login);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        return this;
    }

    /** Signs a demo account in and waits for the page the application goes to. */
    void signIn(String login) {
        submit(login, DEMO_PASSWORD);
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    /** Switches the page to a language ("fr", "en") from the header. */
    static void language(WebDriver driver, String code) {
        click(driver, id("lang-" + code));
    }

    static void logout(WebDriver driver) {
        driver.findElement(By.id("logoutForm:logout")).click();
        waitFor(driver).until(ExpectedConditions.urlContains("/login.xhtml"));
    }
}
