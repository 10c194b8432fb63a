package se.lagesbild.goals.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.util.ChartSerialization;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lagesbild.Application;
import se.lagesbild.base.db.EmbeddedMariaDb;
import se.lagesbild.goals.GoalEntry;
import se.lagesbild.goals.GoalEntry.IndicatorEntry;
import se.lagesbild.goals.GoalEntry.UnitMonthEntry;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.goals.Indicator;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.security.Role;
import se.lagesbild.support.BenchmarkUser;

/**
 * Benchmark of målbedömning at scale (not a test): 100 enheter × 4 goal areas × 12 indicators per unit
 * goal × 10 years (2012–2021) of monthly outcomes (576 000 rows) in its own embedded MariaDB under
 * {@code target/bench-goals-db}. Measures, warm, the median of
 * <ol>
 *   <li>{@link GoalService#year} alone, and with the three heatmaps built and serialised to JSON as the
 *       view sends them;</li>
 *   <li>saving one enhet's month (48 indicators) until another session's listener has its refreshed
 *       heatmaps (change log → broadcaster → GoalService.year → three heatmaps).</li>
 * </ol>
 * Run (about 2 minutes, most of it loading):
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) se.lagesbild.goals.ui.GoalBenchmark
 * </pre>
 */
public final class GoalBenchmark {

    private static final int UNITS = 100;
    private static final int AREAS = 4;
    private static final int INDICATORS = 12;
    private static final int FIRST_YEAR = 2012;
    private static final int YEARS = 10;
    private static final int YEAR = FIRST_YEAR + YEARS - 1;

    private GoalBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(
                        Path.of("target/bench-goals-db"), "lagesbild", !Boolean.getBoolean("bench.keep"));
                ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                        .web(WebApplicationType.NONE)
                        // arguments, as they override application.properties (the demo data stays out)
                        .run(
                                "--spring.datasource.url=" + db.jdbcUrl(),
                                "--spring.datasource.username=root",
                                "--spring.datasource.password=",
                                "--spring.main.banner-mode=off",
                                "--lagesbild.demo-data=false",
                                "--logging.level.root=WARN",
                                BenchmarkUser.INITIAL_ADMIN,
                                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                        + "com.vaadin.flow.spring.VaadinScopesConfig")) {
            long started = System.nanoTime();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            if (jdbc.queryForObject("select count(*) from goal_area", Integer.class) == 0) {
                load(jdbc);
            }
            profile(jdbc);
            System.out.printf(
                    "Loaded %d outcomes in %d s%n",
                    (long) UNITS * AREAS * INDICATORS * 12 * YEARS, (System.nanoTime() - started) / 1_000_000_000);
            GoalService goals = context.getBean(GoalService.class);
            GoalEntry goalEntry = context.getBean(GoalEntry.class);
            GoalHeatmaps heatmaps = new GoalHeatmaps(texts());

            for (int i = 0; i < 10; i++) {
                charts(heatmaps, goals.year(YEAR));
            }
            List<Long> yearOnly = new ArrayList<>();
            List<Long> withCharts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long t0 = System.nanoTime();
                GoalYear year = goals.year(YEAR);
                long t1 = System.nanoTime();
                charts(heatmaps, year);
                long t2 = System.nanoTime();
                yearOnly.add(t1 - t0);
                withCharts.add(t2 - t0);
            }
            report("GoalService.year (4 800 indicators, 57 600 outcomes)", yearOnly);
            GoalYear warm = goals.year(YEAR);
            List<Long> build = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long t0 = System.nanoTime();
                List<Chart> built = List.of(
                        heatmaps.areasByMonth(warm), heatmaps.unitsByArea(warm, 8), heatmaps.unitsByMonth(warm, 3));
                build.add(System.nanoTime() - t0);
                if (i == 0) {
                    System.out.printf(
                            "JSON sent for the three heatmaps: %d kB%n",
                            built.stream()
                                            .mapToInt(c -> ChartSerialization.toJSON(c.getConfiguration())
                                                    .length())
                                            .sum()
                                    / 1024);
                }
            }
            report("three heatmaps built (no serialisation)", build);
            report("GoalService.year + three heatmaps built and serialised", withCharts);

            // Another session: a view's listener that refreshes its heatmaps on every GOALS change.
            ChangeBroadcaster broadcaster = context.getBean(ChangeBroadcaster.class);
            AtomicLong seen = new AtomicLong();
            CountDownLatch[] latch = {new CountDownLatch(1)};
            Runnable unregister = broadcaster.register(Set.of(Topic.GOALS), changes -> {
                charts(heatmaps, goals.year(YEAR));
                seen.set(System.nanoTime());
                latch[0].countDown();
            });
            List<Indicator> indicators = goals.year(YEAR).indicatorsOf("U007");
            String chief = BenchmarkUser.ensure(context, "benchmark", Role.ENHETSCHEF, Set.of("U007"));
            List<Long> saveToSeen = new ArrayList<>();
            List<Long> saveOnly = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                latch[0] = new CountDownLatch(1);
                List<IndicatorEntry> entries = new ArrayList<>();
                for (Indicator indicator : indicators) {
                    BigDecimal value = indicator.unitOfMeasure() == se.lagesbild.goals.UnitOfMeasure.YES_NO
                            ? BigDecimal.valueOf((i + indicator.sortOrder()) % 2)
                            : BigDecimal.valueOf(50 + (i * 7 + indicator.sortOrder()) % 50);
                    entries.add(new IndicatorEntry(indicator.id(), value, "Kommentar " + i, null));
                }
                long t0 = System.nanoTime();
                goalEntry.saveMonth(new UnitMonthEntry("U007", YearMonth.of(YEAR, 1 + i % 12), entries), chief);
                long t1 = System.nanoTime();
                if (!latch[0].await(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The change did not reach the listener");
                }
                saveOnly.add(t1 - t0);
                if (i >= 5) {
                    saveToSeen.add(seen.get() - t0);
                }
            }
            unregister.run();
            report("saveMonth (48 indicators, one transaction)", saveOnly);
            report("saveMonth until another session has refreshed its heatmaps", saveToSeen);
        }
    }

    /** The raw reads of GoalService.year, timed one by one (what the database and driver cost). */
    private static void profile(JdbcTemplate jdbc) {
        String[] queries = {
            "select o.indicator_id, o.month, o.outcome, o.comment from indicator_outcome o join (select indicator_id, month,"
                    + " max(version) as version from indicator_outcome where year = 2021 group by indicator_id, month) c"
                    + " on c.indicator_id = o.indicator_id and c.month = o.month and c.version = o.version where o.year = 2021",
            "select indicator_id, month, version, outcome, comment from indicator_outcome where year = 2021",
            "select i.id, g.goal_area_id, g.unit_code, i.name, i.direction, i.unit_of_measure, i.target, i.yellow_threshold,"
                    + " i.sort_order from indicator i join unit_goal g on g.id = i.unit_goal_id join goal_area a"
                    + " on a.id = g.goal_area_id where a.year = 2021 order by a.number, g.unit_code, i.sort_order"
        };
        for (String sql : queries) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long t0 = System.nanoTime();
                jdbc.query(sql, rs -> {});
                times.add(System.nanoTime() - t0);
            }
            report(sql.substring(0, 60), times);
        }
    }

    private static void charts(GoalHeatmaps heatmaps, GoalYear year) {
        for (Chart chart :
                List.of(heatmaps.areasByMonth(year), heatmaps.unitsByArea(year, 8), heatmaps.unitsByMonth(year, 3))) {
            ChartSerialization.toJSON(chart.getConfiguration());
        }
    }

    private static GoalHeatmaps.Texts texts() {
        Locale swedish = Locale.forLanguageTag("sv-SE");
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", swedish);
        return new GoalHeatmaps.Texts(
                (key, args) -> new MessageFormat(bundle.getString(key), swedish).format(args),
                swedish,
                code -> "Enhet " + code);
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf(
                "%-62s median %6.1f ms, min %6.1f ms, max %6.1f ms (n = %d)%n",
                what,
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.getFirst() / 1e6,
                sorted.getLast() / 1e6,
                sorted.size());
    }

    /** The organisation, goal areas, unit goals, indicators and outcomes, straight into the tables. */
    private static void load(JdbcTemplate jdbc) {
        jdbc.update("insert ignore into committee (code, name) values ('ASN', 'Nämnd')");
        jdbc.update("insert ignore into administration (code, name) values ('ASF', 'Förvaltning')");
        List<Object[]> units = new ArrayList<>();
        for (int u = 1; u <= UNITS; u++) {
            units.add(new Object[] {unit(u), "ASF", "Enhet " + u, u});
        }
        jdbc.batchUpdate("insert into unit (code, administration_code, name, sort_order) values (?, ?, ?, ?)", units);
        long unitGoalId = 0;
        long indicatorId = 0;
        String[] directions = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER", "YES_NO"};
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            List<Object[]> goals = new ArrayList<>();
            List<Object[]> indicators = new ArrayList<>();
            List<Object[]> outcomes = new ArrayList<>();
            for (int a = 1; a <= AREAS; a++) {
                long areaId = (year - FIRST_YEAR) * AREAS + a;
                jdbc.update("""
                        insert into goal_area (id, year, number, short_name, title, indicator_name, target_share, yellow_threshold)
                        values (?, ?, ?, ?, ?, ?, 60, 10)""", areaId, year, a, "Område " + a, "Målområde " + a, "Andel");
                for (int u = 1; u <= UNITS; u++) {
                    unitGoalId++;
                    goals.add(new Object[] {unitGoalId, areaId, unit(u), "Enhetsmål"});
                    for (int i = 1; i <= INDICATORS; i++) {
                        indicatorId++;
                        String direction = directions[i % 3];
                        boolean yesNo = direction.equals("YES_NO");
                        indicators.add(new Object[] {
                            indicatorId,
                            unitGoalId,
                            "Indikator " + i,
                            direction,
                            yesNo ? "YES_NO" : "PERCENT",
                            yesNo ? 1 : 80,
                            10,
                            i
                        });
                        for (int m = 1; m <= 12; m++) {
                            long seed = indicatorId * 31 + m * 17L;
                            BigDecimal value = yesNo
                                    ? BigDecimal.valueOf(seed % 7 == 0 ? 0 : 1)
                                    : BigDecimal.valueOf(60 + seed % 400 / 10.0);
                            outcomes.add(new Object[] {indicatorId, year, m, value});
                        }
                    }
                }
            }
            jdbc.batchUpdate(
                    "insert into unit_goal (id, goal_area_id, unit_code, description) values (?, ?, ?, ?)", goals);
            jdbc.batchUpdate("""
                    insert into indicator (id, unit_goal_id, name, direction, unit_of_measure, target, yellow_threshold, sort_order)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", indicators);
            jdbc.batchUpdate("""
                    insert into indicator_outcome (indicator_id, year, month, outcome, version, recorded_at, recorded_by)
                    values (?, ?, ?, ?, 1, current_timestamp(3), 'benchmark')""", outcomes);
        }
        jdbc.execute("analyze table indicator_outcome, indicator, unit_goal, goal_area");
    }

    private static String unit(int number) {
        return String.format("U%03d", number);
    }
}
