package se.lagesbild.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.presentation.PresentationService;
import se.lagesbild.report.ReportService;
import se.lagesbild.report.ReportVersion;
import se.lagesbild.support.KaribuTest;
import se.lagesbild.support.ReferenceCsv;

/** The presenter's screen for August 2021: the slides in order, their figures as the reference report prints them, the keys. */
class PresentationViewTest extends KaribuTest {

    @Autowired
    EconomyService economy;

    /**
     * The delårsrapport of August 2021 in the reference report's order: the headline figures, then each
     * chapter's text and its tables and charts (issue 16).
     */
    static final List<String> ORDER = List.of(
            "figures",
            "chapter-handelser",
            "chapter-mal",
            "goalAreas",
            "goalUnits",
            "volumes",
            "late",
            "chapter-ekonomi",
            "incomeStatement",
            "incomeStatement-IFO",
            "incomeStatement-CAI",
            "activities",
            "deviationChart",
            "section-atgarder",
            "chapter-uppdrag",
            "section-uppdrag",
            "chapter-risker",
            "section-risker",
            "chapter-arshjul",
            "section-arshjul",
            "chapter-bilaga-1",
            "section-sjukfranvaro",
            "section-lex-sarah",
            "section-verksamhetsmatt-1",
            "section-verksamhetsmatt-2",
            "section-verksamhetsmatt-3",
            "section-verksamhetsmatt-4",
            "section-verksamhetsmatt-5",
            "section-verksamhetsmatt-6",
            "section-verksamhetsmatt-7",
            "section-verksamhetsmatt-8",
            "section-verksamhetsmatt-9",
            "section-kolada",
            "kolada",
            "chapter-bilaga-2",
            "section-prioriteringar");

    /** The title slide and a slide per section. */
    static final int SLIDES = ORDER.size() + 1;

    @Autowired
    ReportService reports;

    @Autowired
    PresentationService presentations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void slidesOfAugust2021InOrderWithTheReferenceFigures() {
        navigate("presentation", "period", "2021-08");
        assertThat(_find(SideNav.class)).as("no navigation chrome").isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Nämndmöte, augusti 2021");
        String code = _get(PresentationView.class).code();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Följ på surfplattan: öppna /folj/" + code + " eller ange koden " + code);
        assertThat(Slides.version()).isEqualTo("Live");
        assertThat(Slides.counter()).isEqualTo("1 / " + SLIDES);

        List<String> order = new ArrayList<>();
        for (int i = 1; i < SLIDES; i++) {
            ShortcutsKt.fireShortcut(i % 2 == 0 ? Key.SPACE : Key.ARROW_RIGHT);
            order.add(Slides.section());
            assertThat(Slides.counter()).isEqualTo((i + 1) + " / " + SLIDES);
            assertThat(Slides.version()).isEqualTo("Live");
        }
        assertThat(order).containsExactlyElementsOf(ORDER);
    }

    @Test
    void keysMoveBothWaysAndStopAtTheEnds() {
        navigate("presentation", "period", "2021-08");
        ShortcutsKt.fireShortcut(Key.ARROW_LEFT);
        assertThat(Slides.counter()).isEqualTo("1 / " + SLIDES);
        ShortcutsKt.fireShortcut(Key.PAGE_DOWN);
        ShortcutsKt.fireShortcut(Key.ARROW_DOWN);
        assertThat(Slides.section()).isEqualTo("chapter-handelser");
        ShortcutsKt.fireShortcut(Key.PAGE_UP);
        assertThat(Slides.section()).isEqualTo("figures");
        ShortcutsKt.fireShortcut(Key.ARROW_UP);
        assertThat(Slides.counter()).isEqualTo("1 / " + SLIDES);
    }

    @Test
    void homeAndEndGoToTheFirstAndLastSlide() {
        navigate("presentation", "period", "2021-08");
        ShortcutsKt.fireShortcut(Key.END);
        assertThat(Slides.counter()).isEqualTo(SLIDES + " / " + SLIDES);
        ShortcutsKt.fireShortcut(Key.END);
        assertThat(Slides.counter()).isEqualTo(SLIDES + " / " + SLIDES);
        ShortcutsKt.fireShortcut(Key.ARROW_LEFT);
        assertThat(Slides.counter()).isEqualTo((SLIDES - 1) + " / " + SLIDES);
        ShortcutsKt.fireShortcut(Key.HOME);
        assertThat(Slides.counter()).isEqualTo("1 / " + SLIDES);
    }

    @Test
    void anotherPeriodInTheSameViewStillMovesOneSlidePerKey() {
        navigate("presentation", "period", "2021-08");
        PresentationView view = _get(PresentationView.class);
        navigate("presentation", "period", "2021-07");
        assertThat(_get(PresentationView.class))
                .as("the same view, showing other slides")
                .isSameAs(view);
        assertThat(_get(H1.class).getText()).isEqualTo("Nämndmöte, juli 2021");
        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        assertThat(Slides.counter()).startsWith("2 / ");
        ShortcutsKt.fireShortcut(Key.ARROW_LEFT);
        assertThat(Slides.counter()).startsWith("1 / ");
    }

    @Test
    void headlineFiguresAreTheStartViewsFigures() {
        navigate("presentation", "period", "2021-08");
        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        assertThat(Slides.section()).isEqualTo("figures");
        assertThat(_find(Slides.deck(), Span.class, spec -> spec.withClasses("figure-value")).stream()
                        .map(Span::getText))
                .startsWith("\u22128,0\u00A0Mkr", "\u22125,6\u00A0Mkr", "0,8\u00A0Mkr")
                .contains("641", "233", "16\u00A0%", "Röd", "Grön");
    }

    @Test
    void budgetDeviationSlidesHoldEveryReferenceRow() {
        navigate("presentation", "period", "2021-08");
        for (int i = 0; i < ORDER.indexOf("activities") + 1; i++) {
            ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        }
        assertThat(Slides.section()).isEqualTo("activities");
        Map<String, List<String>> table = Slides.table();
        for (Map<String, String> row : ReferenceCsv.read("economy_by_activity.csv")) {
            List<String> cells = table.get(row.get("name_normalized"));
            assertThat(cells).as(row.get("name_normalized")).isNotNull();
            assertThat(List.of(
                            cells.get(0),
                            cells.get(1),
                            cells.get(2),
                            cells.get(4),
                            cells.get(5),
                            cells.get(6),
                            cells.get(8),
                            cells.get(9)))
                    .as(row.get("name_normalized"))
                    .containsExactly(
                            tkr(row.get("actual_period")),
                            tkr(row.get("budget_period")),
                            tkr(row.get("deviation_period")),
                            tkr(row.get("forecast_full_year")),
                            tkr(row.get("budget_full_year")),
                            tkr(row.get("deviation_full_year")),
                            tkr(row.get("previous_forecast")),
                            tkr(row.get("forecast_change")));
        }
        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        DataSeries bars = (DataSeries)
                _get(Slides.deck(), Chart.class).getConfiguration().getSeries().getFirst();
        assertThat(bars.getData()).hasSize(10);
        assertThat(bars.getData().getFirst().getName()).isEqualTo("Vård för vuxna med missbruksproblem");
        assertThat(bars.getData().getFirst().getY()).isEqualTo(-3372L);
        assertThat(bars.getData().getLast().getY()).isEqualTo(2005L);
    }

    @Test
    void investigationSlidesHoldTheReferenceVolumesAndLateShare() {
        navigate("presentation", "period", "2021-08");
        for (int i = 0; i < ORDER.indexOf("goalAreas") + 1; i++) {
            ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        }
        assertThat(Slides.section()).isEqualTo("goalAreas");
        assertThat(_get(Slides.deck(), Chart.class)
                        .getConfiguration()
                        .getyAxis()
                        .getCategories())
                .hasSize(4);
        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        assertThat(Slides.section()).isEqualTo("volumes");
        Map<String, List<String>> volumes = Slides.table();
        assertThat(volumes.values())
                .anySatisfy(cells -> assertThat(cells.subList(0, 3)).containsExactly("641", "612", "4,7\u00A0%"));
        assertThat(volumes.values())
                .anySatisfy(cells -> assertThat(cells.subList(0, 3)).containsExactly("233", "195", "19,5\u00A0%"));
        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        assertThat(Slides.section()).isEqualTo("late");
        assertThat(Slides.table().values())
                .anySatisfy(cells -> assertThat(cells.subList(2, 4)).containsExactly("16\u00A0%", "10\u00A0%"));
    }

    @Test
    void theReportsSectionsAreSlidesRisksAsAMatrixUppdragAndAtgarderWithSymbolsAndWords() {
        navigate("presentation", "period", "2021-08");
        for (int i = 0; i < ORDER.indexOf("chapter-handelser") + 1; i++) {
            ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        }
        assertThat(_get(Slides.deck(), Div.class, spec -> spec.withClasses("slide-text"))
                        .getElement()
                        .getProperty("innerHTML"))
                .contains("<p>Centrum för arbete och integration (CAI) har tagit emot 19 kvotflyktingar");
        for (int i = ORDER.indexOf("chapter-handelser"); i < ORDER.indexOf("section-atgarder"); i++) {
            ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        }
        assertThat(Slides.section()).isEqualTo("section-atgarder");
        assertThat(_find(Slides.deck(), Span.class, spec -> spec.withClasses("status")).stream()
                        .map(Span::getText))
                .hasSize(7)
                .contains("► Implementeringsplan är klar", "► Arbetet pågår");
        for (int i = ORDER.indexOf("section-atgarder"); i < ORDER.indexOf("section-uppdrag"); i++) {
            ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        }
        assertThat(_find(Slides.deck(), Span.class, spec -> spec.withClasses("status")).stream()
                        .map(Span::getText))
                .containsExactly("● Grön");
        for (int i = ORDER.indexOf("section-uppdrag"); i < ORDER.indexOf("section-risker"); i++) {
            ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        }
        Div matrix = _get(Slides.deck(), Div.class, spec -> spec.withClasses("slide-risk-matrix"));
        List<String> cells = new ArrayList<>();
        matrix.getElement()
                .getChild(0)
                .getChildren()
                .forEach(row -> row.getChildren().forEach(cell -> cells.add(cell.getText())));
        // the top row is sannolikhet 5: R4 at konsekvens 5; the second, sannolikhet 4: R3 and R5 at 5, R2 at 4
        assertThat(cells.subList(0, 6)).containsExactly("5", "(5)", "(10)", "(15)", "(20)", "R4");
        assertThat(cells.subList(6, 12)).containsExactly("4", "(4)", "(8)", "(12)", "R2", "R3, R5");
        assertThat(_find(Slides.deck(), Span.class, spec -> spec.withClasses("status-detail")).stream()
                        .map(Span::getText))
                .contains("Riskvärde 9", "Riskvärde 16", "Riskvärde 25");
    }

    @Test
    void aFrozenVersionShowsItsOwnFiguresAndSaysSoOnEverySlide() {
        economy.record(
                FactKind.ACTUAL,
                List.of(new AmountFact(2011, 5, "EKB", "GRANTS", new BigDecimal("-700"))),
                "change.economy.actual",
                "test",
                "set-up",
                null);
        ReportVersion version = reports.freeze("Testrapport maj 2011", YearMonth.of(2011, 5), "controller");
        economy.record(
                FactKind.ACTUAL,
                List.of(new AmountFact(2011, 5, "EKB", "GRANTS", new BigDecimal("-750"))),
                "change.economy.actual",
                "test",
                "correction",
                null);
        try {
            navigate("presentation", "version", String.valueOf(version.id()));
            assertThat(_get(H1.class).getText()).isEqualTo("Testrapport maj 2011");
            String label = "Testrapport maj 2011, fryst " + java.time.LocalDate.now();
            for (int i = 0; i < 40 && !"activities".equals(Slides.section()); i++) {
                assertThat(Slides.version()).isEqualTo(label);
                ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
            }
            assertThat(Slides.section()).isEqualTo("activities");
            assertThat(Slides.version()).isEqualTo(label);
            assertThat(Slides.table().get("Resultat ASN").getFirst()).isEqualTo("\u2212700");
        } finally {
            economy.record(
                    FactKind.ACTUAL,
                    List.of(new AmountFact(2011, 5, "EKB", "GRANTS", new BigDecimal("-700"))),
                    "change.economy.actual",
                    "test",
                    "undo",
                    null);
        }
    }

    @Test
    void leavingThePresentationEndsItsSessionForTheFollowers() {
        navigate("presentation", "period", "2021-08");
        String code = _get(PresentationView.class).code();
        assertThat(presentations.session(code).orElseThrow().ended()).isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("slide-exit")).getHref())
                .isEqualTo("rapporter");
        navigate("rapporter"); // as "Avsluta" does
        assertThat(presentations.session(code).orElseThrow().ended()).isTrue();
    }

    @Test
    void aPresentationLeftEightHoursWithoutAMoveSaysItHasEnded() {
        navigate("presentation", "period", "2021-08");
        String code = _get(PresentationView.class).code();
        jdbc.sql("update presentation_session set last_move_at = last_move_at - interval 9 hour where code = ?")
                .param(code)
                .update();
        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("error")).getText())
                .isEqualTo("Presentationen har avslutats efter lång tid utan bildbyte. Starta en ny från Nämndmöte.");
        assertThat(_find(SlideDeck.class)).isEmpty();
        assertThat(_get(Anchor.class).getText()).isEqualTo("Avsluta");
    }

    @Test
    void anUnknownVersionSaysSoInsteadOfAnError() {
        navigate("presentation", "version", "999999999");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("error")).getText())
                .isEqualTo("Den rapportversionen finns inte.");
    }

    private static String tkr(String value) {
        return value.isEmpty() ? "" : SwedishFormat.tkr(new java.math.BigDecimal(value));
    }
}
