package se.lagesbild.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.lagesbild.base.SlidePins;
import se.lagesbild.economy.imports.EconomyImport;
import se.lagesbild.economy.imports.ImportKind;
import se.lagesbild.goals.Direction;
import se.lagesbild.goals.GoalEntry;
import se.lagesbild.goals.GoalEntry.IndicatorEntry;
import se.lagesbild.goals.GoalEntry.UnitMonthEntry;
import se.lagesbild.goals.GoalHistory;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalSetup;
import se.lagesbild.goals.Thresholds;
import se.lagesbild.goals.UnitOfMeasure;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.investigations.InvestigationImport;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.Measure;
import se.lagesbild.presentation.PresentationService;
import se.lagesbild.presentation.Session;
import se.lagesbild.report.ReportService;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.SignedIn;

/**
 * Each role's allowed and refused writes and detail reads, through the services (as a view, or a
 * caller that bypasses the views, would call them). The demo users: ledning, controller, enhetschef
 * (BUE and VE), namnd, admin. Goals of 2028 for BUE and CAI, which no other test uses.
 */
@LagesbildTest
class AccessRulesTest {

    private static final YearMonth MONTH = YearMonth.of(2028, 3);
    private static final String ACTUAL = "År;Månad;Verksamhet;Kostnadsslag;Belopp tkr\n2013;1;EKB;GRANTS;-1\n";
    private static final String CASES = "Ärende;Enhet;Målgrupp;Inledd;Avslutad\nACC-1;BUE;barn och unga;2013-01-02;\n";

    @Autowired
    GoalService goals;

    @Autowired
    GoalSetup goalSetup;

    @Autowired
    GoalEntry entries;

    @Autowired
    GoalHistory histories;

    @Autowired
    EconomyImport imports;

    @Autowired
    InvestigationImport caseImport;

    @Autowired
    InvestigationService investigations;

    @Autowired
    Users users;

    @Autowired
    ReportService reports;

    @Autowired
    PresentationService presentations;

    @Autowired
    Audit audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private static long bueIndicator;
    private static long caiIndicator;

    @BeforeEach
    void goalsOf2028() {
        if (bueIndicator == 0) {
            long area = goalSetup.createGoalArea(
                    2028, 1, "Behörighet", "Behörighetstest", "Andel", new BigDecimal("60"), BigDecimal.TEN);
            bueIndicator = goalSetup.createIndicator(
                    goalSetup.createUnitGoal(area, "BUE", "Mål"),
                    "Andel BUE",
                    Direction.HIGHER_IS_BETTER,
                    UnitOfMeasure.PERCENT,
                    new BigDecimal("90"),
                    BigDecimal.TEN,
                    1);
            caiIndicator = goalSetup.createIndicator(
                    goalSetup.createUnitGoal(area, "CAI", "Mål"),
                    "Andel CAI",
                    Direction.HIGHER_IS_BETTER,
                    UnitOfMeasure.PERCENT,
                    new BigDecimal("90"),
                    BigDecimal.TEN,
                    1);
        }
    }

    private int outcome(String user, String unit, long indicator, String value) {
        return entries.saveMonth(
                new UnitMonthEntry(
                        unit, MONTH, List.of(new IndicatorEntry(indicator, new BigDecimal(value), null, null))),
                user);
    }

    private int comment(String user, String unit, long indicator, String text) {
        BigDecimal current = goals.year(2028).indicator(indicator, 3).outcome();
        return entries.saveMonth(
                new UnitMonthEntry(unit, MONTH, List.of(new IndicatorEntry(indicator, current, text, null))), user);
    }

    private void importActual(String user) {
        imports.preview(ImportKind.ACTUAL, "a.csv", ACTUAL.getBytes(StandardCharsets.UTF_8), user);
    }

    private void importCases(String user) {
        caseImport.preview("u.csv", CASES.getBytes(StandardCharsets.UTF_8), user);
    }

    private long versions(long indicator) {
        return jdbc.sql("select count(*) from indicator_outcome where indicator_id = ?")
                .param(indicator)
                .query(Long.class)
                .single();
    }

    @Test
    void anEnhetschefWritesItsOwnEnheterOnlyAndImportsNothing() {
        assertThat(outcome("enhetschef", "BUE", bueIndicator, "80")).isEqualTo(1);
        entries.markSubmitted("BUE", MONTH, "enhetschef");
        goals.setIndicatorThresholds(bueIndicator, Thresholds.ofYellowShortfallPercent("12"), "enhetschef");

        long before = versions(caiIndicator);
        assertThatThrownBy(() -> outcome("enhetschef", "CAI", caiIndicator, "80"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comment("enhetschef", "CAI", caiIndicator, "Inte min enhet"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.markSubmitted("CAI", MONTH, "enhetschef"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.setIndicatorThresholds(
                        caiIndicator, Thresholds.ofYellowShortfallPercent("12"), "enhetschef"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(versions(caiIndicator)).isEqualTo(before);

        assertThatThrownBy(() -> importActual("enhetschef")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importCases("enhetschef")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.all("enhetschef")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search("enhetschef", Audit.Filter.ALL, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEnhetschefReadsTheAggregatesAndOnlyItsOwnEnheternasDetails() {
        SignedIn.as(context, "enhetschef");
        assertThat(investigations.figures(YearMonth.of(2021, 8)).units()).isNotEmpty();
        assertThat(investigations.cases("BUE", Measure.LATE, YearMonth.of(2021, 8), YearMonth.of(2021, 8)))
                .hasSize(8);
        assertThatThrownBy(
                        () -> investigations.cases("CAI", Measure.OPEN, YearMonth.of(2021, 8), YearMonth.of(2021, 8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> investigations.cases(null, Measure.OPEN, YearMonth.of(2021, 8), YearMonth.of(2021, 8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(histories.history(bueIndicator, MONTH)).isNotNull();
        assertThatThrownBy(() -> histories.history(caiIndicator, MONTH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.comments("CAI", MONTH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ledningWritesCommentsOnAnyEnhetButNoOutcomesAndImportsNothing() {
        outcome("enhetschef", "BUE", bueIndicator, "85");
        assertThat(comment("ledning", "BUE", bueIndicator, "Ledningen följer upp"))
                .isEqualTo(1);
        assertThatThrownBy(() -> outcome("ledning", "BUE", bueIndicator, "70"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.markSubmitted("BUE", MONTH, "ledning"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importActual("ledning")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importCases("ledning")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.all("ledning")).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(context, "ledning");
        assertThat(investigations.cases("CAI", Measure.OPEN, YearMonth.of(2021, 8), YearMonth.of(2021, 8)))
                .isNotNull();
    }

    @Test
    void aControllerImportsAndCommentsButWritesNoOutcome() {
        assertThat(imports.preview(ImportKind.ACTUAL, "a.csv", ACTUAL.getBytes(StandardCharsets.UTF_8), "controller")
                        .ok())
                .isTrue();
        assertThat(caseImport
                        .preview("u.csv", CASES.getBytes(StandardCharsets.UTF_8), "controller")
                        .problems())
                .isEmpty();
        assertThat(comment("controller", "CAI", caiIndicator, "Controllern kommenterar"))
                .isEqualTo(1);
        assertThatThrownBy(() -> outcome("controller", "CAI", caiIndicator, "70"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.all("controller")).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.search("controller", Audit.Filter.ALL, 1)).hasSize(1);
    }

    @Test
    void onlyTheControllerFreezesAndPinsEveryUserFollowsAndOnlyThePresenterMovesTheSlides() {
        for (String user : List.of("ledning", "enhetschef", "namnd", "admin")) {
            assertThatThrownBy(() -> reports.freeze("Inte min", YearMonth.of(2011, 1), user))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.pin(SlidePins.Kind.GOALS, "1", user))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(presentations.start(null, YearMonth.of(2021, 8), user))
                    .as(user)
                    .isNotNull();
        }
        assertThatThrownBy(() -> presentations.start(null, YearMonth.of(2021, 8), "okänd"))
                .isInstanceOf(AccessDeniedException.class);
        Session session = presentations.start(null, YearMonth.of(2021, 8), "controller");
        presentations.moveTo(session.code(), 2, "controller");
        assertThatThrownBy(() -> presentations.moveTo(session.code(), 5, "namnd"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(presentations.session(session.code()).orElseThrow().slide()).isEqualTo(2);
    }

    @Test
    void theNamndReadsAggregatesOnlyAndWritesNothing() {
        SignedIn.as(context, "namnd");
        assertThat(investigations.figures(YearMonth.of(2021, 8)).units()).isNotEmpty();
        assertThatThrownBy(
                        () -> investigations.cases("BUE", Measure.OPEN, YearMonth.of(2021, 8), YearMonth.of(2021, 8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comment("namnd", "BUE", bueIndicator, "Nämnden"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcome("namnd", "BUE", bueIndicator, "70")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importActual("namnd")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search("namnd", Audit.Filter.ALL, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.all("namnd")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminAdministersUsersButWritesNoFiguresAndADeactivatedUserMayNothing() {
        users.create(
                "admin",
                new Users.UserForm(
                        "chef-cai",
                        "Chef CAI",
                        "chef.cai@kommun.se",
                        "ett-langt-losenord",
                        EnumSet.of(Role.ENHETSCHEF),
                        Set.of("CAI")));
        assertThat(outcome("chef-cai", "CAI", caiIndicator, "91")).isEqualTo(1);
        users.setActive("admin", "chef-cai", false);
        assertThatThrownBy(() -> outcome("chef-cai", "CAI", caiIndicator, "92"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.all("admin"))
                .filteredOn(u -> u.username().equals("chef-cai"))
                .singleElement()
                .satisfies(u -> assertThat(u.active()).isFalse());

        assertThatThrownBy(() -> outcome("admin", "CAI", caiIndicator, "70")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comment("admin", "CAI", caiIndicator, "Admin"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importActual("admin")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(
                        "controller",
                        new Users.UserForm(
                                "x-user", "X", null, "ett-langt-losenord", EnumSet.of(Role.LEDNING), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setActive("admin", "admin", false))
                .isInstanceOf(Users.InvalidUserException.class);
    }

    @Test
    void anApiTokenImportsOnlyTheKindsItIsScopedTo() {
        ApiTokens.ApiToken budgetOnly = new ApiTokens.ApiToken("budgetjobb", EnumSet.of(ImportScope.BUDGET));
        assertThatThrownBy(() ->
                        imports.apply(budgetOnly, ImportKind.ACTUAL, "a.csv", ACTUAL.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseImport.importFile(
                        budgetOnly,
                        ImportScope.INVESTIGATIONS,
                        "u.csv",
                        "Ärende;Enhet;Målgrupp;Inledd;Avslutad\nU-1;BUE;vuxna;2021-01-04;\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        ApiTokens.ApiToken casesOnly = new ApiTokens.ApiToken("arendejobb", EnumSet.of(ImportScope.INVESTIGATIONS));
        assertThatThrownBy(() -> imports.importFile(
                        casesOnly, ImportScope.ACTUAL, "a.csv", ACTUAL.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
