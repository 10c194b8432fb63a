package se.lagesbild.economy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.base.db.EmbeddedMariaDb;
import se.lagesbild.economy.imports.EconomyImport;
import se.lagesbild.economy.imports.ImportKind;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.ActivityArea;
import se.lagesbild.organisation.Committee;
import se.lagesbild.organisation.CostType;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.security.Role;
import se.lagesbild.support.BenchmarkContext;
import se.lagesbild.support.BenchmarkUser;

/**
 * Economy benchmark (not a test): 10 years × 60 verksamheter × 12 kostnadsslag × 12 months of
 * utfall and budget and 12 forecast rounds, on its own embedded MariaDB. Prints the warm medians of
 * what the Ekonomi view and its drill-down ask of the service, and of MariaDB alone for the same
 * aggregate (the floor). Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.lagesbild.economy.EconomyBenchmark}
 */
public final class EconomyBenchmark {

    static final int FIRST_YEAR = 2012;
    static final int YEARS = 10;
    public static final int ACTIVITIES = 60;
    public static final int COST_TYPES = 12;
    static final int RUNS = 30;

    public static void main(String[] args) {
        EmbeddedMariaDb database = EmbeddedMariaDb.start(Path.of("target/bench-economy-db"), "lagesbild", true);
        try (ConfigurableApplicationContext context = BenchmarkContext.start(database)) {
            EconomyService economy = context.getBean(EconomyService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            context.getBean(OrganisationService.class)
                    .create(organisation(), "F", "Förvaltningen", List.of(), "benchmark");
            long loading = System.nanoTime();
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                economy.record(FactKind.ACTUAL, facts(year, 1), "change.economy.actual", "bench", null, null);
                economy.record(FactKind.BUDGET, facts(year, 2), "change.economy.budget", "bench", null, null);
                economy.record(FactKind.FORECAST, facts(year, 3), "change.economy.forecast", "bench", null, null);
            }
            System.out.printf(
                    "Loaded %d facts in %d ms%n",
                    jdbc.sql("select (select count(*) from actual_fact) + (select count(*) from budget_fact)"
                                    + " + (select count(*) from forecast_fact)")
                            .query(Long.class)
                            .single(),
                    (System.nanoTime() - loading) / 1_000_000);

            ChangeLog changeLog = context.getBean(ChangeLog.class);
            SplittableRandom random = new SplittableRandom(7);
            Supplier<YearMonth> anyMonth =
                    () -> YearMonth.of(FIRST_YEAR + random.nextInt(YEARS), 1 + random.nextInt(12));
            report("Ekonomi view data (report + nämnd resultaträkning + same period last year)", () -> {
                YearMonth period = anyMonth.get();
                economy.report(period);
                economy.incomeStatement(period, "N");
                economy.incomeStatement(period.minusYears(1), "N");
            });
            report("Ekonomi view data right after a change of its year (facts read again from MariaDB)", () -> {
                YearMonth period = anyMonth.get();
                changeLog.record(Topic.ECONOMY, period.getYear(), null, "bench", "bench");
                economy.report(period);
                economy.incomeStatement(period, "N");
                economy.incomeStatement(period.minusYears(1), "N");
            });
            report("Drill-down data (verksamhet resultaträkning, last year, months and rounds)", () -> {
                YearMonth period = anyMonth.get();
                String activity = "A" + random.nextInt(ACTIVITIES);
                economy.incomeStatement(period, activity);
                economy.incomeStatement(period.minusYears(1), activity);
                economy.yearSeries(period.getYear(), activity);
            });
            report("Floor: MariaDB alone, the current facts of one year (what a change makes the view read)", () -> {
                int year = anyMonth.get().getYear();
                for (String table : List.of("actual_fact", "budget_fact", "forecast_fact")) {
                    String month = table.equals("forecast_fact") ? "round_month" : "month";
                    jdbc.sql("select f.activity_code, f.cost_type, f.amount_tkr from " + table + " f join (select"
                                    + " activity_code a, cost_type c, " + month + " m, max(version) v from " + table
                                    + " where year = ? group by activity_code, cost_type, " + month
                                    + ") cur on f.year = ?"
                                    + " and f.activity_code = cur.a and f.cost_type = cur.c and f." + month + " = cur.m"
                                    + " and f.version = cur.v")
                            .params(year, year)
                            .query((rs, i) -> rs.getBigDecimal(3))
                            .list();
                }
            });
            report("Floor: MariaDB alone, cumulative utfall per verksamhet × kostnadsslag", () -> {
                YearMonth period = anyMonth.get();
                jdbc.sql(
                                "select activity_code, cost_type, sum(amount_tkr) from actual_fact where year = ? and month <= ?"
                                        + " group by activity_code, cost_type")
                        .params(period.getYear(), period.getMonthValue())
                        .query((rs, i) -> rs.getBigDecimal(3))
                        .list();
            });
            importBenchmark(
                    context.getBean(EconomyImport.class),
                    BenchmarkUser.ensure(context, "bench", Role.CONTROLLER, Set.of()));
            insertFloor(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class));
        } finally {
            database.close();
        }
    }

    /** A 100 000-row utfall file (2000–2009, before the benchmark's years): new, then corrected. */
    private static void importBenchmark(EconomyImport imports, String controller) {
        for (String round : List.of("new rows", "every amount corrected", "the corrected file again (unchanged)")) {
            StringBuilder csv = new StringBuilder("År;Månad;Verksamhet;Kostnadsslag;Belopp tkr\n");
            SplittableRandom random = new SplittableRandom(round.startsWith("new") ? 1 : 2);
            int rows = 0;
            for (int year = 2000; rows < 100_000; year++) {
                for (int month = 1; month <= 12 && rows < 100_000; month++) {
                    for (int a = 0; a < ACTIVITIES && rows < 100_000; a++) {
                        for (int c = 0; c < COST_TYPES && rows < 100_000; c++, rows++) {
                            long kronor = random.nextLong(1_000, 9_000_000);
                            csv.append(year)
                                    .append(';')
                                    .append(month)
                                    .append(";A")
                                    .append(a)
                                    .append(";K")
                                    .append(c)
                                    .append(';')
                                    .append(c == 0 ? "" : "\u2212")
                                    .append(kronor / 1000)
                                    .append(',')
                                    .append(String.format("%03d", kronor % 1000))
                                    .append('\n');
                        }
                    }
                }
            }
            byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long start = System.nanoTime();
            var result = imports.apply(ImportKind.ACTUAL, "utfall-100000.csv", bytes, controller);
            System.out.printf(
                    "%-80s %6.0f ms (%s)%n",
                    "Import of a 100 000-row utfall file, " + round, (System.nanoTime() - start) / 1e6, result);
        }
    }

    /** The floor for an import: MariaDB alone taking 100 000 rows in JDBC batches, no validation. */
    private static void insertFloor(org.springframework.jdbc.core.JdbcTemplate template) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            rows.add(new Object[] {
                1970 + i / 8640,
                1 + (i / 720) % 12,
                "A" + (i / 12) % ACTIVITIES,
                "K" + i % 12,
                BigDecimal.valueOf(-i, 3)
            });
        }
        long start = System.nanoTime();
        template.batchUpdate(
                "insert into actual_fact (year, month, activity_code, cost_type, amount_tkr, version,"
                        + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, 1, now(3), 'bench')",
                rows);
        System.out.printf(
                "%-80s %6.0f ms%n",
                "Floor: MariaDB alone inserting 100 000 rows in JDBC batches", (System.nanoTime() - start) / 1e6);
    }

    private static void report(String what, Runnable work) {
        BenchmarkContext.report(what, RUNS, work);
    }

    /** One year of one kind: per verksamhet × kostnadsslag × month (forecast: round). */
    private static List<AmountFact> facts(int year, int seed) {
        SplittableRandom random = new SplittableRandom(year * 31L + seed);
        List<AmountFact> facts = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (int a = 0; a < ACTIVITIES; a++) {
                for (int c = 0; c < COST_TYPES; c++) {
                    BigDecimal amount = BigDecimal.valueOf(-random.nextLong(1_000_000, 90_000_000), 3);
                    facts.add(new AmountFact(year, month, "A" + a, "K" + c, c == 0 ? amount.negate() : amount));
                }
            }
        }
        return facts;
    }

    /** 3 areas, {@link #ACTIVITIES} verksamheter A0…, {@link #COST_TYPES} kostnadsslag K0 (income)…: the ledger benchmark uses it too. */
    public static Organisation organisation() {
        List<ActivityArea> areas = List.of(
                new ActivityArea("O1", "N", "Område 1", 1),
                new ActivityArea("O2", "N", "Område 2", 2),
                new ActivityArea("O3", "N", "Område 3", 3));
        List<Activity> activities = new ArrayList<>();
        for (int a = 0; a < ACTIVITIES; a++) {
            activities.add(new Activity("A" + a, "O" + (1 + a % 3), "Verksamhet " + a, a, null, null));
        }
        List<CostType> costTypes = new ArrayList<>();
        for (int c = 0; c < COST_TYPES; c++) {
            costTypes.add(new CostType("K" + c, null, "Kostnadsslag " + c, c, c == 0));
        }
        return new Organisation(new Committee("N", "Nämnden"), areas, activities, List.of(), costTypes);
    }
}
