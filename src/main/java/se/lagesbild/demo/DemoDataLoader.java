package se.lagesbild.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.AppSettings;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.goals.GoalService;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.kolada.KoladaFetch;
import se.lagesbild.kolada.KoladaService;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.YearState;
import se.lagesbild.reportdata.ReportDataFiles;

/**
 * Loads the deterministic demo data into an empty database at start-up, in one transaction, through
 * the services (so the demo is stored exactly as real data would be). Switched off with
 * {@code lagesbild.demo-data=false}.
 */
@Component
@DependsOnDatabaseInitialization
class DemoDataLoader implements InitializingBean {

    static final String RECORDED_BY = "demodata";
    static final String SOURCE = "Delårsrapport 2 2021";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final boolean enabled;
    private final TransactionTemplate transaction;
    private final AppSettings settings;
    private final OrganisationService organisation;
    private final EconomyService economy;
    private final InvestigationService investigations;
    private final GoalService goals;
    private final KoladaService kolada;
    private final ReportDataFiles reportFiles;

    DemoDataLoader(
            @Value("${lagesbild.demo-data:true}") boolean enabled,
            TransactionTemplate transaction,
            AppSettings settings,
            OrganisationService organisation,
            EconomyService economy,
            InvestigationService investigations,
            GoalService goals,
            KoladaService kolada,
            ReportDataFiles reportFiles) {
        this.enabled = enabled;
        this.transaction = transaction;
        this.settings = settings;
        this.organisation = organisation;
        this.economy = economy;
        this.investigations = investigations;
        this.goals = goals;
        this.kolada = kolada;
        this.reportFiles = reportFiles;
    }

    @Override
    public void afterPropertiesSet() {
        if (!enabled || !organisation.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        organisation.create(
                DemoOrganisation.organisation(),
                DemoOrganisation.ADMINISTRATION_CODE,
                DemoOrganisation.ADMINISTRATION_NAME,
                DemoOrganisation.UNIT_ALIASES,
                "demodata");
        for (int year = DemoGoals.FIRST_YEAR; year <= DemoGoals.LAST_YEAR; year++) {
            organisation.setYearState(year, YearState.PUBLISHED, "demodata");
        }

        DemoEconomy.Facts facts = DemoEconomy.generate();
        economy.record(FactKind.BUDGET, facts.budgets(), "change.economy.budget", RECORDED_BY, SOURCE, null);
        economy.record(FactKind.ACTUAL, facts.actuals(), "change.economy.actual", RECORDED_BY, SOURCE, null);
        economy.record(FactKind.FORECAST, facts.forecasts(), "change.economy.forecast", RECORDED_BY, SOURCE, null);

        investigations.record(DemoInvestigations.generate(), "change.investigations.import", RECORDED_BY, SOURCE, null);
        for (String unit : List.of("BUE", "VE")) {
            for (int year = DemoGoals.FIRST_YEAR; year <= DemoGoals.LAST_YEAR; year++) {
                investigations.setLateShareTarget(unit, year, BigDecimal.TEN, RECORDED_BY);
            }
        }

        loadGoals(DemoGoals.generate());
        loadKolada();
        DemoReport.load(reportFiles, RECORDED_BY);
        settings.set(AppSettings.DEMO_DATA, SOURCE);
    }

    /** Jämförelser: Kolada's answers as recorded (Tyresö beside its peers), through the same client and storage as a fetch. */
    private void loadKolada() {
        KoladaFetch fetch = kolada.loadDemo(
                List.of("N31001", "N30001", "N31807", "N30005", "N33009", "N33101", "U30200"),
                List.of("GDEMO1", "GDEMO2", "0136", "0182", "0120", "0000"),
                RECORDED_BY);
        if (!fetch.succeeded()) {
            throw new IllegalStateException("The demo data's Kolada recording could not be read: " + fetch.outcome());
        }
    }

    private void loadGoals(DemoGoals demo) {
        Map<String, Long> areaIds = new HashMap<>();
        for (DemoGoals.GoalArea area : demo.goalAreas()) {
            areaIds.put(
                    area.year() + "/" + area.number(),
                    goals.createGoalArea(
                            area.year(),
                            area.number(),
                            area.shortName(),
                            area.title(),
                            area.indicatorName(),
                            area.targetSharePercent(),
                            area.thresholds().yellowShortfallPercent()));
        }
        Map<String, Long> unitGoalIds = new HashMap<>();
        for (DemoGoals.UnitGoal goal : demo.unitGoals()) {
            String key = goal.year() + "/" + goal.areaNumber();
            unitGoalIds.put(
                    key + "/" + goal.unitCode(),
                    goals.createUnitGoal(areaIds.get(key), goal.unitCode(), goal.description()));
        }
        Map<String, Long> indicatorIds = new HashMap<>();
        for (DemoGoals.Indicator indicator : demo.indicators()) {
            String key = indicator.year() + "/" + indicator.areaNumber() + "/" + indicator.unitCode();
            indicatorIds.put(
                    key + "/" + indicator.sortOrder(),
                    goals.createIndicator(
                            unitGoalIds.get(key),
                            indicator.name(),
                            indicator.direction(),
                            indicator.unitOfMeasure(),
                            indicator.target(),
                            indicator.thresholds().yellowShortfallPercent(),
                            indicator.sortOrder()));
        }
        goals.recordOutcomes(
                demo.outcomes().stream()
                        .map(o -> new GoalService.OutcomeEntry(
                                indicatorIds.get(o.year() + "/" + o.areaNumber() + "/" + o.unitCode() + "/"
                                        + o.indicatorSortOrder()),
                                o.year(),
                                o.month(),
                                o.value(),
                                null))
                        .toList(),
                RECORDED_BY,
                SOURCE);
        for (DemoGoals.ReportedAreaColour reported : demo.reportedAreaColours()) {
            goals.recordReported(
                    areaIds.get(reported.year() + "/" + reported.areaNumber()),
                    null,
                    reported.month(),
                    reported.reported(),
                    reported.reportedSharePercent(),
                    SOURCE);
        }
        // The report's unit colours of August 2021, kept beside the computed ones like the goal areas' colours.
        for (DemoGoals.GoalArea area :
                demo.goalAreas().stream().filter(a -> a.year() == 2021).toList()) {
            for (DemoGoals.GoalUnit unit : demo.units()) {
                goals.recordReported(
                        areaIds.get("2021/" + area.number()),
                        unit.code(),
                        DemoGoals.LAST_OUTCOME_MONTH,
                        DemoGoals.reportedUnitColourAugust2021(area.number(), unit),
                        null,
                        SOURCE);
            }
        }
    }
}
