package org.advance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The agency's journey with direction.interimplus (three agencies): workers ines.moreau,
 * julie.martin and sofia.rossi send requests; staff filter, accept in full, accept in part,
 * refuse, look at the history sorted and at a detail; two staff answering at once; then the
 * workers see the answers.
 */
class StaffJourneyIT extends BrowserTest {

    private static final String EMPLOYER = "Intérim Plus";
    private static final String VILLEURBANNE = "Intérim Plus Villeurbanne";
    private static final String LYON3 = "Intérim Plus Lyon 3";

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void filtersAcceptsRefusesAndWorkersSeeTheAnswers() {
        WebDriver worker = desktop();
        login(worker, "ines.moreau");
        cancelWaitingRequests(worker, EMPLOYER);
        openAsk(worker, EMPLOYER);
        ask(worker, VILLEURBANNE, "30", "full " + token);
        openAsk(worker, EMPLOYER);
        ask(worker, LYON3, "40", "partial " + token);
        logout(worker);
        login(worker, "julie.martin");
        cancelWaitingRequests(worker, EMPLOYER);
        openAsk(worker, EMPLOYER);
        ask(worker, null, "50", "refuse " + token);
        logout(worker);

        WebDriver staff = desktop();
        login(staff, "direction.interimplus");
        assertTrue(staff.getCurrentUrl().endsWith("/staff/home.xhtml"));
        assertEquals("Demandes d'acomptes", text(staff, css("#service-advances h2")));
        screenshot(staff, "20-staff-home");
        click(staff, id("open-advances"));
        assertEquals("Demandes d'acomptes", text(staff, By.tagName("h1")));
        List<String> tabs = staff.findElements(css(".ui-tabs-nav li")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Demandes à traiter", "Historique des demandes"), tabs);
        screenshot(staff, "21-staff-to-process");

        // A wrong date range is answered next to its field.
        typeDate(staff, "from", "31/12/2030");
        typeDate(staff, "to", "01/01/2030");
        click(staff, id("filters:apply"));
        assertContains(text(staff, css("[id='filters'] .ui-message-error")), "La date de début doit précéder la date de fin.");
        screenshot(staff, "22-staff-filter-error");

        // Villeurbanne, since yesterday: the two requests sent there just now, and nothing of other agencies.
        filter(staff, VILLEURBANNE);
        List<WebElement> rows = rows(staff, "toProcess");
        assertTrue(rows.size() >= 2, "ines's and julie's requests: " + rows.size());
        rows.forEach(r -> assertContains(r.getText(), VILLEURBANNE));
        screenshot(staff, "23-staff-filtered");

        // Accept in full: no amount, the first prefilled reason, a comment.
        openDialog(staff, "full " + token);
        assertContains(text(staff, id("maximumNow")), "Maximum possible aujourd'hui");
        assertContains(text(staff, css("[id='process:choice'] .hint")), "Vide : le montant demandé (30,00");
        assertEquals("Acompte accordé sur les heures validées",
                staff.findElement(id("process:reason_editableInput")).getAttribute("value"));
        type(staff, id("process:comment"), "Bon courage <b>Inès</b>");
        screenshot(staff, "24-staff-process-dialog");
        click(staff, id("process:save"));
        assertContains(text(staff, id("messages")), "Demande de Inès Moreau acceptée");
        assertMoney(text(staff, id("messages")), "30,00 €");

        // Refuse, with another prefilled reason edited by hand.
        openDialog(staff, "refuse " + token);
        click(staff, By.xpath("//*[@id='process:decision']//label[normalize-space()='Refuser']"));
        choose(staff, "process:reason", "Plafond d'acomptes du mois atteint");
        String edited = "Plafond d'acomptes du mois atteint (voir avec votre agence)";
        // The editable menu handles keys itself, and now and then (twice in many runs, on both
        // servers) the field ended up other than typed; a user would look and type again, so does
        // the test. Cause not found (README, known issues).
        waitFor(staff).until(d -> {
            if (!edited.equals(d.findElement(id("process:reason_editableInput")).getAttribute("value"))) {
                type(d, id("process:reason_editableInput"), edited);
            }
            return edited.equals(d.findElement(id("process:reason_editableInput")).getAttribute("value"));
        });
        click(staff, id("process:save"));
        assertContains(text(staff, id("messages")), "Demande de Julie Martin refusée.");
        assertTrue(rows(staff, "toProcess").stream().noneMatch(r -> r.getText().contains(token)),
                "answered requests leave the table");

        // Accept in part, at Lyon 3: a lower amount than asked; too much is answered next to the field.
        filter(staff, LYON3);
        openDialog(staff, "partial " + token);
        type(staff, id("process:amount"), "400");
        click(staff, id("process:save"));
        assertContains(text(staff, css("[id='process:choice'] .ui-message-error")),
                "Le montant accordé ne peut pas dépasser le montant demandé");
        type(staff, id("process:amount"), "25");
        click(staff, id("process:save"));
        assertMoney(text(staff, id("messages")), "25,00 €");

        // History: our three answers, sortable by every column, with the eye to the detail.
        click(staff, id("filters:reset"));
        click(staff, By.xpath("//a[normalize-space()='Historique des demandes']"));
        // Newest answers first by default: ours.
        String latest = rows(staff, "history").stream().limit(3).map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertContains(latest, "Inès Moreau");
        assertContains(latest, "Julie Martin");
        assertContains(latest, "Refusée");
        sortedBy(staff, "amount");
        screenshot(staff, "25-staff-history-sorted");
        for (String column : List.of("date", "worker", "agency", "status", "granted", "decidedAt", "decidedBy")) {
            click(staff, css("[id='tables:tabs:history:" + column + "']"));
            assertTrue(!rows(staff, "history").isEmpty(), "sorting by " + column + " keeps rows");
        }
        // Newest answer first: our partial acceptance at Lyon 3.
        click(staff, css("[id='tables:tabs:history:decidedAt']"));
        click(staff, css("[id='tables:tabs:history:decidedAt']"));
        WebElement newest = rows(staff, "history").get(0);
        assertContains(newest.getText(), "Acceptée partiellement");
        newest.findElement(css(DETAIL_LINK)).click();
        visible(staff, id("detail"));
        assertEquals("Inès Moreau", text(staff, id("worker")));
        assertMoney(text(staff, id("granted")), "25,00 €");
        assertEquals("Anne Lefèvre", text(staff, id("decidedBy")));
        String historyText = text(staff, id("history"));
        assertContains(historyText, "Demande envoyée");
        assertContains(historyText, "Envoyée → Acceptée");
        screenshot(staff, "26-staff-detail");

        // The workers see the answers.
        login(worker, "ines.moreau");
        openRequests(worker, EMPLOYER);
        String answers = text(worker, id("requests:table_data"));
        assertContains(answers, "Acceptée partiellement");
        assertMoney(answers, "25,00 €");
        assertContains(answers, "Bon courage <b>Inès</b>");
        assertContains(answers, "Acompte accordé sur les heures validées");
        screenshot(worker, "27-worker-sees-answers");
        logout(worker);
        login(worker, "julie.martin");
        openRequests(worker, EMPLOYER);
        String refusal = rows(worker).get(0).getText();
        assertContains(refusal, "Refusée");
        assertContains(refusal, "Plafond d'acomptes du mois atteint (voir avec votre agence)");
    }

    @Test
    void theSecondOfTwoStaffAnsweringAtOnceIsToldTheFirstWon() {
        WebDriver worker = desktop();
        login(worker, "sofia.rossi");
        cancelWaitingRequests(worker, EMPLOYER);
        openAsk(worker, EMPLOYER);
        ask(worker, null, "15", "race " + token);

        WebDriver late = desktop();
        login(late, "direction.interimplus");
        open(late, "staff/advances.xhtml");
        filter(late, "Intérim Plus Lyon 7");
        openDialog(late, "race " + token);

        WebDriver first = desktop();
        login(first, "agent.lyon");
        open(first, "staff/advances.xhtml");
        filter(first, "Intérim Plus Lyon 7");
        openDialog(first, "race " + token);
        click(first, id("process:save"));
        assertContains(text(first, id("messages")), "acceptée");

        click(late, By.xpath("//*[@id='process:decision']//label[normalize-space()='Refuser']"));
        click(late, id("process:save"));
        String told = text(late, id("process:dialogMessages"));
        assertContains(told, "Cette demande vient d'être traitée par Claire Bernard (statut : Acceptée)");
        screenshot(late, "28-staff-already-decided");
    }

    private void filter(WebDriver staff, String agency) {
        choose(staff, "filters:agency", agency);
        // Since yesterday (Paris): the requests of this test, even when it runs across midnight.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        typeDate(staff, "from", today.minusDays(1).format(french));
        typeDate(staff, "to", today.format(french));
        click(staff, id("filters:apply"));
    }

    /** Types a date in the field (the calendar opens only from its button). */
    private static void typeDate(WebDriver staff, String field, String date) {
        type(staff, id("filters:" + field + "_input"), date);
        assertEquals(date, staff.findElement(id("filters:" + field + "_input")).getAttribute("value"));
    }

    private static List<WebElement> rows(WebDriver driver, String table) {
        return driver.findElements(css("[id='tables:tabs:" + table + "_data'] tr:not(.ui-datatable-empty-message)"));
    }

    private static List<WebElement> rows(WebDriver worker) {
        return worker.findElements(css("[id='requests:table_data'] tr"));
    }

    private static void openDialog(WebDriver staff, String comment) {
        WebElement row = rows(staff, "toProcess").stream().filter(r -> r.getText().contains(comment)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + comment));
        row.findElement(css("button.process")).click();
        settle(staff);
        visible(staff, id("process:save"));
    }

    /** Sorts the history by a column both ways and checks the amounts of the page follow. */
    private static void sortedBy(WebDriver staff, String column) {
        click(staff, css("[id='tables:tabs:history:" + column + "']"));
        List<Double> up = amounts(staff);
        assertEquals(up.stream().sorted().toList(), up, "ascending");
        click(staff, css("[id='tables:tabs:history:" + column + "']"));
        List<Double> down = amounts(staff);
        assertEquals(down.stream().sorted((a, b) -> Double.compare(b, a)).toList(), down, "descending");
        assertTrue(down.get(0) >= up.get(up.size() - 1), "the largest comes first when descending");
    }

    private static List<Double> amounts(WebDriver staff) {
        return rows(staff, "history").stream()
                .map(r -> r.findElement(css("td:nth-child(4)")).getText())
                .map(t -> frenchAmount(t.substring(t.indexOf(':') + 1)))
                .toList();
    }
}
