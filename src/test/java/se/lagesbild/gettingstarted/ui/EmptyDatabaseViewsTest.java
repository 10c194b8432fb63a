package se.lagesbild.gettingstarted.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.report.ReportService;
import se.lagesbild.support.EmptyDatabaseKaribuTest;

/**
 * Every view on an empty database (no organisation, kostnadsslag, figures, goals or cases; only the
 * first admin and the first import token), as the first admin: Swedish guidance that says what is
 * missing and links to where to fix it, never an exception. These tests only read (a refused freeze
 * writes nothing), so the database stays empty for the others.
 */
class EmptyDatabaseViewsTest extends EmptyDatabaseKaribuTest {

    private static final String THIS_YEAR = String.valueOf(YearMonth.now().getYear());

    @Autowired
    ReportService reports;

    @Test
    void theStartPageLeadsWithKomIgangAndNoFigures() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).startsWith("Läget ");
        assertThat(texts("card-subtitle")).containsExactly("0 av 6 steg klara");
        assertThat(checklist())
                .containsExactly(
                        "○ Organisation – inte gjort än. Nämnd, verksamhetsområden, verksamheter (budgetraderna),"
                                + " förvaltning och enheter.",
                        "○ Kostnadsslag – inte gjort än. Kostnadsslagen som ekonomisystemet skriver dem: intäkter,"
                                + " personalkostnader, köp av verksamhet, övriga kostnader.",
                        "○ Budget – inte gjort än. Årets budget per verksamhet och kostnadsslag: importera"
                                + " budgetfilen i Ekonomi (Importera).",
                        "○ Utfall – inte gjort än. Månadens utfall från ekonomisystemet: importera utfallsfilen i"
                                + " Ekonomi (Importera), varje månad.",
                        "○ Mål – inte gjort än. Årets målområden, enhetsmål och indikatorer med målnivåer.",
                        "○ Användare – inte gjort än. Controller, ledning, enhetschefer (knutna till sina enheter)"
                                + " och nämnd.");
        assertThat(links("checklist-title"))
                .containsExactly(
                        "struktur/organisation",
                        "struktur/kostnadsslag",
                        "ekonomi",
                        "ekonomi",
                        "struktur/mal",
                        "admin/anvandare");
        assertThat(_find(Component.class, spec -> spec.withClasses("figure-value")))
                .as("no figures without an organisation")
                .isEmpty();
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .contains("Översikt", "Kom igång", "Användare", "API-nycklar", "Granskningslogg");
    }

    @Test
    void jamforelserSaysNothingHasBeenFetchedFromKoladaYet() {
        UI.getCurrent().navigate("jamforelser");
        assertThat(texts("comparisons-status")).containsExactly("Inga värden har hämtats från Kolada än.");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                        .map(com.vaadin.flow.component.html.Paragraph::getText))
                .contains("Inga värden från Kolada för nyckeltalet än: tryck på Hämta från Kolada.");
        assertThat(_find(com.vaadin.flow.component.charts.Chart.class)).isEmpty();
    }

    @Test
    void komIgangListsTheStepsNoneDoneWithTheirPlaces() {
        UI.getCurrent().navigate("kom-igang");
        assertThat(_get(H1.class).getText()).isEqualTo("Kom igång");
        assertThat(texts("getting-started-summary")).containsExactly("0 av 6 steg klara");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("checklist-item")))
                .hasSize(6)
                .noneMatch(item -> item.hasClassName("done"));
        assertThat(links("checklist-title")).startsWith("struktur/organisation", "struktur/kostnadsslag");
    }

    @Test
    void ekonomiSaysThereIsNoOrganisationAndWhereToSetItUp() {
        UI.getCurrent().navigate("ekonomi");
        assertThat(notices())
                .containsExactly("Det finns ingen organisation ännu. Ekonomin visas per nämnd, verksamhetsområde och"
                        + " verksamhet: lägg upp dem först, sedan kostnadsslagen, och importera budget och utfall.");
        assertThat(links("setup-link")).containsExactly("struktur/organisation", "kom-igang");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void ekonomisImportLogSaysNothingIsImportedYet() {
        UI.getCurrent().navigate("ekonomi/importer");
        assertThat(notices()).singleElement().asString().startsWith("Inga importer ännu.");
        assertThat(links("setup-link")).containsExactly("ekonomi", "utredningar");
    }

    @Test
    void utredningarSaysThereAreNoEnheterYet() {
        UI.getCurrent().navigate("utredningar");
        assertThat(notices())
                .singleElement()
                .asString()
                .startsWith("Det finns inga enheter ännu. Utredningarna räknas per enhet");
        assertThat(links("setup-link")).containsExactly("struktur/organisation", "kom-igang");
    }

    @Test
    void malSaysThereAreNoGoalAreasAndWhereToSetThemUp() {
        UI.getCurrent().navigate("mal");
        assertThat(notices()).containsExactly("Inga målområden för " + THIS_YEAR + ".");
        assertThat(links("setup-link")).containsExactly("struktur/mal", "kom-igang");
        assertThat(_find(Button.class, spec -> spec.withClasses("pin-button")))
                .as("nothing to pin")
                .allMatch(button ->
                        !button.isVisible() || !button.getParent().orElseThrow().isVisible());
    }

    @Test
    void theGoalEntryFormOpensForTheFirstAdminAndSaysThereAreNoEnheter() {
        UI.getCurrent().navigate("mal/registrera");
        assertThat(_get(H1.class).getText()).startsWith("Registrera utfall: ingen enhet, ");
        assertThat(notices()).singleElement().asString().startsWith("Det finns inga enheter ännu");
        assertThat(links("setup-link")).containsExactly("struktur/organisation", "kom-igang");
        assertThat(_find(Button.class, spec -> spec.withClasses("save-month"))).allMatch(button -> !button.isVisible());
    }

    @Test
    void namndmoteSaysThereIsNothingToFreezeAndFrysSaysSoInSwedishWritingNothing() {
        UI.getCurrent().navigate("rapporter");
        String nothing = "Det finns inget att frysa för " + label()
                + ": ingen organisation eller inga siffror för perioden ännu. Lägg upp organisationen och importera"
                + " budget och utfall först (se Kom igång).";
        assertThat(notices()).containsExactly(nothing);

        _get(TextField.class, spec -> spec.withClasses("version-name")).setValue("Delårsrapport 1");
        _get(Button.class, spec -> spec.withClasses("freeze-button")).click();

        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text")).isEqualTo(nothing));
        assertThat(reports.versions()).isEmpty();
    }

    @Test
    void thePresentationSaysThereIsNothingToPresent() {
        UI.getCurrent().navigate("presentation");
        assertThat(notices())
                .containsExactly("Det finns inga siffror att presentera för " + label()
                        + " ännu: lägg upp organisationen och importera siffrorna först.");
        assertThat(links("setup-link")).containsExactly("rapporter", "kom-igang");
    }

    @Test
    void theFollowPageAsksForACodeAndAnUnknownCodeIsSaidSo() {
        UI.getCurrent().navigate("folj");
        assertThat(_get(TextField.class).getLabel()).isEqualTo("Kod");
        UI.getCurrent().navigate("folj/ABCD");
        assertThat(texts("error")).containsExactly("Ingen presentation har koden ABCD.");
    }

    @Test
    void usersSaysOnlyTheFirstAdminExistsWhoIsAlsoController() {
        UI.getCurrent().navigate("admin/anvandare");
        assertThat(notices())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("Bara administratören finns ännu. Lägg upp användarna med Ny användare");
        assertThat(notices().get(1))
                .isEqualTo("Det finns inga enheter ännu, så en enhetschef kan inte knytas till sina enheter:"
                        + " lägg upp organisationen först.");
        Grid<?> users = _get(Grid.class, spec -> spec.withClasses("users-grid"));
        assertThat(GridKt._getFormattedRow(users, 0))
                .startsWith("admin", "Administratör", "", "Controller, Administratör");
    }

    @Test
    void apiTokensListTheFirstImportTokenForEveryKind() {
        UI.getCurrent().navigate("admin/api-nycklar");
        assertThat(notices()).isEmpty();
        Grid<?> tokens = _get(Grid.class, spec -> spec.withClasses("tokens-grid"));
        assertThat(GridKt._size(tokens)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(tokens, 0))
                .startsWith(
                        "start",
                        "Utfall, Budget, Prognos, Utredningar, Struktur: organisation, Struktur: kostnadsslag,"
                                + " Struktur: mål, Målutfall, Rapportens texter, Åtgärder för en hållbar ekonomi, Uppdrag, Risker,"
                                + " Årshjul, Sjukfrånvaro, Lex Sarah, Övriga indikatorer och verksamhetsmått,"
                                + " Kolada-värden, Politiska prioriteringar, Struktur: kontoplan, Huvudbok");
    }

    @Test
    void theAuditLogShowsTheFirstAdminAndTheFirstTokenBeingMade() {
        UI.getCurrent().navigate("admin/granskning");
        Grid<?> audit = _find(Grid.class).getFirst();
        List<String> rows = IntStream.range(0, GridKt._size(audit))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(audit, i)))
                .toList();
        assertThat(rows)
                .anySatisfy(row -> assertThat(row).contains("Första administratören skapad: admin"))
                .anySatisfy(row -> assertThat(row).contains("API-nyckel skapad vid start: start"));
    }

    private static String label() {
        return se.lagesbild.base.ui.Periods.label(YearMonth.now(), java.util.Locale.of("sv"));
    }

    private static List<String> notices() {
        return _find(SetupNotice.class).stream().map(SetupNotice::text).toList();
    }

    private static List<String> links(String className) {
        return _find(Anchor.class, spec -> spec.withClasses(className)).stream()
                .map(Anchor::getHref)
                .toList();
    }

    private static List<String> checklist() {
        return _find(ListItem.class, spec -> spec.withClasses("checklist-item")).stream()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }

    private static List<String> texts(String className) {
        return _find(Component.class, spec -> spec.withClasses(className)).stream()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
    }
}
