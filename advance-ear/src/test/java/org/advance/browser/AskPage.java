package org.advance.browser;

import static org.advance.browser.Ui.choose;
import static org.advance.browser.Ui.click;
import static org.advance.browser.Ui.css;
import static org.advance.browser.Ui.id;
import static org.advance.browser.Ui.optionsOf;
import static org.advance.browser.Ui.present;
import static org.advance.browser.Ui.text;
import static org.advance.browser.Ui.type;
import static org.advance.browser.Ui.visible;

import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * The worker's "Besoin d'un acompte ? / Need an advance?" form: the agency (when he has several at
 * this employer), an amount or the maximum, a comment; "Envoyer" shows the confirmation, "Valider"
 * sends.
 */
final class AskPage {

    private final WebDriver driver;

    AskPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Whether the form has the agency menu (the worker has several agencies at this employer). */
    boolean offersAgencies() {
        return present(driver, id("ask:agency"));
    }

    /** The agency's name when there is no choice. */
    String agencyName() {
        return text(driver, id("agencyName"));
    }

    List<String> agencies() {
        return optionsOf(driver, "ask:agency");
    }

    AskPage agency(String label) {
        choose(driver, "ask:agency", label);
        return this;
    }

    AskPage amount(String amount) {
        type(driver, id("ask:amount"), amount);
        return this;
    }

    /** Ticks "Je souhaite le montant maximum possible". */
    AskPage maximum() {
        click(driver, css("[id='ask:maximum'] .ui-chkbox-box"));
        return this;
    }

    boolean amountEnabled() {
        return driver.findElement(id("ask:amount")).isEnabled();
    }

    /** "Montant maximum possible : …", shown with the maximum. */
    String maximumTitle() {
        return text(driver, id("maximumTitle"));
    }

    /** How the maximum is computed (hours, rate, the agency's share). */
    String breakdown() {
        return text(driver, id("breakdown"));
    }

    AskPage comment(String comment) {
        type(driver, id("ask:comment"), comment);
        return this;
    }

    /** The comment as the field holds it (the browser stops at its length limit). */
    String commentTyped() {
        return driver.findElement(id("ask:comment")).getAttribute("value");
    }

    /** "Envoyer": the confirmation shows, or the form answers next to a field. */
    AskPage send() {
        click(driver, id("ask:send"));
        return this;
    }

    /** The confirmation's text ("Vous demandez à … un acompte de …"). */
    String confirmation() {
        return text(driver, id("ask:confirmText"));
    }

    boolean confirmationShown() {
        return driver.findElement(id("ask:confirm")).isDisplayed();
    }

    /** The message next to the amount after a refused "Envoyer". */
    String amountError() {
        return visible(driver, css("[id='ask:amountPanel'] .ui-message-error")).getText();
    }

    /** "Valider": sends the request; returns the message saying it was sent. */
    String validate() {
        click(driver, id("ask:validate"));
        return text(driver, id("ask:sentMessage"));
    }

    /**
     * Sends a request: agency (null when there is no choice), amount (null: the maximum), comment
     * (null: none); checks that the confirmation names the agency; returns the sent message.
     */
    String ask(String agency, String amount, String comment) {
        if (agency != null) {
            agency(agency);
        }
        if (amount == null) {
            maximum();
        } else {
            amount(amount);
        }
        if (comment != null) {
            comment(comment);
        }
        String confirmation = send().confirmation();
        if (agency != null) {
            BrowserTest.assertContains(confirmation, agency);
        }
        return validate();
    }

    /** "Voir mes demandes", after sending. */
    RequestsPage seeRequests() {
        click(driver, id("ask:seeRequests"));
        return RequestsPage.shown(driver);
    }
}
