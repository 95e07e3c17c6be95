package org.advance.browser;

import static org.advance.browser.Ui.heading;
import static org.advance.browser.Ui.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
        EmployersPage.open(worker).requests(EMPLOYER).cancelAllWaiting();
        EmployersPage.open(worker).ask(EMPLOYER).ask(VILLEURBANNE, "30", "full " + token);
        EmployersPage.open(worker).ask(EMPLOYER).ask(LYON3, "40", "partial " + token);
        logout(worker);
        login(worker, "julie.martin");
        EmployersPage.open(worker).requests(EMPLOYER).cancelAllWaiting();
        EmployersPage.open(worker).ask(EMPLOYER).ask(null, "50", "refuse " + token);
        logout(worker);

        WebDriver staff = desktop();
        login(staff, "direction.interimplus");
        assertTrue(staff.getCurrentUrl().endsWith("/staff/home.xhtml"));
        StaffHomePage home = new StaffHomePage(staff);
        assertEquals("Demandes d'acomptes", home.advancesService());
        screenshot(staff, "20-staff-home");
        StaffAdvancesPage advances = home.openAdvances();
        assertEquals("Demandes d'acomptes", heading(staff));
        assertEquals(List.of("Demandes à traiter", "Historique des demandes"), advances.tabs());
        screenshot(staff, "21-staff-to-process");

        // A wrong date range is answered next to its field.
        advances.date("from", "31/12/2030").date("to", "01/01/2030").apply();
        assertContains(advances.filterError(), "La date de début doit précéder la date de fin.");
        screenshot(staff, "22-staff-filter-error");

        // Villeurbanne, since yesterday: the two requests sent there just now, and nothing of other agencies.
        List<WebElement> rows = advances.filter(VILLEURBANNE).toProcess();
        assertTrue(rows.size() >= 2, "ines's and julie's requests: " + rows.size());
        rows.forEach(r -> assertContains(r.getText(), VILLEURBANNE));
        screenshot(staff, "23-staff-filtered");

        // Accept in full: no amount, the first prefilled reason, a comment.
        ProcessDialog dialog = advances.process("full " + token);
        assertContains(dialog.maximumNow(), "Maximum possible aujourd'hui");
        assertContains(dialog.amountHint(), "Vide : le montant demandé (30,00");
        assertEquals("Acompte accordé sur les heures validées", dialog.reason());
        dialog.comment("Bon courage <b>Inès</b>");
        screenshot(staff, "24-staff-process-dialog");
        dialog.save();
        assertContains(advances.message(), "Demande de Inès Moreau acceptée");
        assertMoney(advances.message(), "30,00 €");

        // Refuse, with another prefilled reason edited by hand.
        advances.process("refuse " + token).refuse().reason("Plafond d'acomptes du mois atteint")
                .reasonTyped("Plafond d'acomptes du mois atteint (voir avec votre agence)").save();
        assertContains(advances.message(), "Demande de Julie Martin refusée.");
        assertTrue(advances.toProcess().stream().noneMatch(r -> r.getText().contains(token)),
                "answered requests leave the table");

        // Accept in part, at Lyon 3: a lower amount than asked; too much is answered next to the field.
        dialog = advances.filter(LYON3).process("partial " + token);
        assertContains(dialog.amount("400").save().amountError(),
                "Le montant accordé ne peut pas dépasser le montant demandé");
        dialog.amount("25").save();
        assertMoney(advances.message(), "25,00 €");

        // History: our three answers, sortable by every column, with the eye to the detail.
        advances.resetFilters().showHistory();
        // Newest answers first by default: ours.
        String latest = advances.history().stream().limit(3).map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertContains(latest, "Inès Moreau");
        assertContains(latest, "Julie Martin");
        assertContains(latest, "Refusée");
        sortedBy(advances, "amount");
        screenshot(staff, "25-staff-history-sorted");
        for (String column : List.of("date", "worker", "agency", "status", "granted", "decidedAt", "decidedBy")) {
            assertTrue(!advances.sortHistory(column).history().isEmpty(), "sorting by " + column + " keeps rows");
        }
        // Newest answer first: our partial acceptance at Lyon 3.
        WebElement newest = advances.sortHistory("decidedAt").sortHistory("decidedAt").history().get(0);
        assertContains(newest.getText(), "Acceptée partiellement");
        DetailPage detail = advances.detail(newest);
        assertEquals("Inès Moreau", detail.worker());
        assertMoney(detail.granted(), "25,00 €");
        assertEquals("Anne Lefèvre", detail.decidedBy());
        String historyText = detail.history();
        assertContains(historyText, "Demande envoyée");
        assertContains(historyText, "Envoyée → Acceptée");
        screenshot(staff, "26-staff-detail");

        // The workers see the answers.
        login(worker, "ines.moreau");
        String answers = EmployersPage.open(worker).requests(EMPLOYER).table();
        assertContains(answers, "Acceptée partiellement");
        assertMoney(answers, "25,00 €");
        assertContains(answers, "Bon courage <b>Inès</b>");
        assertContains(answers, "Acompte accordé sur les heures validées");
        screenshot(worker, "27-worker-sees-answers");
        logout(worker);
        login(worker, "julie.martin");
        String refusal = EmployersPage.open(worker).requests(EMPLOYER).rows().get(0).getText();
        assertContains(refusal, "Refusée");
        assertContains(refusal, "Plafond d'acomptes du mois atteint (voir avec votre agence)");
    }

    @Test
    void theSecondOfTwoStaffAnsweringAtOnceIsToldTheFirstWon() {
        WebDriver worker = desktop();
        login(worker, "sofia.rossi");
        EmployersPage.open(worker).requests(EMPLOYER).cancelAllWaiting();
        EmployersPage.open(worker).ask(EMPLOYER).ask(null, "15", "race " + token);

        WebDriver late = desktop();
        login(late, "direction.interimplus");
        StaffAdvancesPage lateAdvances = StaffAdvancesPage.open(late).filter("Intérim Plus Lyon 7");
        ProcessDialog lateDialog = lateAdvances.process("race " + token);

        WebDriver first = desktop();
        login(first, "agent.lyon");
        StaffAdvancesPage firstAdvances = StaffAdvancesPage.open(first).filter("Intérim Plus Lyon 7");
        firstAdvances.process("race " + token).save();
        assertContains(firstAdvances.message(), "acceptée");

        String told = lateDialog.refuse().save().told();
        assertContains(told, "Cette demande vient d'être traitée par Claire Bernard (statut : Acceptée)");
        screenshot(late, "28-staff-already-decided");
    }

    /** Sorts the history by a column both ways and checks the amounts of the page follow. */
    private static void sortedBy(StaffAdvancesPage advances, String column) {
        List<Double> up = amounts(advances.sortHistory(column));
        assertEquals(up.stream().sorted().toList(), up, "ascending");
        List<Double> down = amounts(advances.sortHistory(column));
        assertEquals(down.stream().sorted((a, b) -> Double.compare(b, a)).toList(), down, "descending");
        assertTrue(down.get(0) >= up.get(up.size() - 1), "the largest comes first when descending");
    }

    private static List<Double> amounts(StaffAdvancesPage advances) {
        return advances.history().stream()
                .map(r -> r.findElement(Ui.css("td:nth-child(4)")).getText())
                .map(t -> frenchAmount(t.substring(t.indexOf(':') + 1)))
                .toList();
    }
}
