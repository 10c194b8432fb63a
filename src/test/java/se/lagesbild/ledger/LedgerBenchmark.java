package se.lagesbild.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.base.db.EmbeddedMariaDb;
import se.lagesbild.economy.EconomyBenchmark;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.security.Role;
import se.lagesbild.support.BenchmarkContext;
import se.lagesbild.support.BenchmarkUser;

/**
 * Ledger benchmark (not a test): a year's SIE 4 file of 1 000 000 {@code #TRANS} rows over 300
 * accounts × 60 ansvar (12 months, 216 000 sums) imported through {@link LedgerImport} on its own
 * embedded MariaDB: new, the same file again, every amount changed. Beside it MariaDB's own bulk
 * loading of the same million rows (LOAD DATA LOCAL INFILE, and multi-row INSERTs) and of the 216 000
 * sums, and the warm medians of the Ekonomi view and the drill to konto with the account level stored.
 * Run: {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java
 * -Dexec.classpathScope=test -Dexec.mainClass=se.lagesbild.ledger.LedgerBenchmark}
 */
public final class LedgerBenchmark {

    static final int YEAR = 2022;
    static final int TRANSACTIONS = 1_000_000;
    static final int ACCOUNTS = 300;
    static final int ANSVAR = 60;
    static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb database = EmbeddedMariaDb.start(Path.of("target/bench-ledger-db"), "lagesbild", true);
        try (ConfigurableApplicationContext context = BenchmarkContext.start(database)) {
            context.getBean(OrganisationService.class)
                    .create(EconomyBenchmark.organisation(), "F", "Förvaltningen", List.of(), "benchmark");
            String controller = BenchmarkUser.ensure(context, "bench", Role.CONTROLLER, Set.of());
            LedgerService ledger = context.getBean(LedgerService.class);
            ledger.save(kontoplan(), controller);
            LedgerImport imports = context.getBean(LedgerImport.class);
            EconomyService economy = context.getBean(EconomyService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);

            long generating = System.nanoTime();
            byte[] file = sie(1);
            byte[] changed = sie(2);
            System.out.printf(
                    "Generated two SIE files of %d #TRANS rows (%.1f MB each) in %d ms%n",
                    TRANSACTIONS, file.length / 1e6, (System.nanoTime() - generating) / 1_000_000);
            long reading = System.nanoTime();
            LedgerRows read = LedgerImport.read("huvudbok.se", file);
            System.out.printf(
                    "%-80s %7.0f ms (%d sums)%n",
                    "Reading and summing the 1 000 000-row SIE file alone (no database)",
                    (System.nanoTime() - reading) / 1e6,
                    read.sums().size());
            timedImport(imports, "new", file, controller);
            timedImport(imports, "the same file again (unchanged)", file, controller);
            timedImport(imports, "every amount changed", changed, controller);
            System.out.printf(
                    "ledger_fact rows %d, actual_fact rows %d%n",
                    jdbc.sql("select count(*) from ledger_fact")
                            .query(Long.class)
                            .single(),
                    jdbc.sql("select count(*) from actual_fact")
                            .query(Long.class)
                            .single());

            floors(database.jdbcUrl(), file, context.getBean(JdbcTemplate.class));

            SplittableRandom random = new SplittableRandom(7);
            report("Ekonomi view data (report + nämnd resultaträkning), account level stored", () -> {
                YearMonth period = YearMonth.of(YEAR, 1 + random.nextInt(12));
                economy.report(period);
                economy.incomeStatement(period, "N");
            });
            report("Drill to konto: one verksamhet's kostnadsslag, its konton per month", () -> {
                YearMonth period = YearMonth.of(YEAR, 1 + random.nextInt(12));
                ledger.accounts(period, "A" + random.nextInt(ANSVAR), "K" + (1 + random.nextInt(11)));
            });
        } finally {
            database.close();
        }
    }

    /** Class 3 → K0 (income), 4000–7999 in eleven ranges → K1…K11; ansvar 1000+i → A i. */
    static Kontoplan kontoplan() {
        List<AccountRange> ranges = new ArrayList<>();
        ranges.add(new AccountRange("3", "3", "K0"));
        for (int k = 1; k <= 11; k++) {
            int first = 4000 + (k - 1) * 364;
            int last = k == 11 ? 7999 : first + 363;
            ranges.add(new AccountRange(String.valueOf(first), String.valueOf(last), "K" + k));
        }
        List<ActivityRule> rules = new ArrayList<>();
        for (int a = 0; a < ANSVAR; a++) {
            rules.add(new ActivityRule(String.valueOf(1000 + a), "", "A" + a));
        }
        return new Kontoplan(YEAR, ranges, rules);
    }

    /** 60 accounts in class 3 and 240 in 4000–7999. */
    static String account(int i) {
        return i < 60 ? String.valueOf(3000 + i * 10) : String.valueOf(4000 + (i - 60) * 16);
    }

    /** 100 000 verifikationer of ten #TRANS rows each, over the year's months, in PC8. */
    static byte[] sie(int seed) {
        // the same accounts and ansvar in both files (seed 1), the amounts of the seed
        SplittableRandom random = new SplittableRandom(1);
        SplittableRandom amounts = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(64 * TRANSACTIONS);
        text.append("#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 4\r\n#PROGRAM \"Benchmark\" 1\r\n")
                .append("#RAR 0 ")
                .append(YEAR)
                .append("0101 ")
                .append(YEAR)
                .append("1231\r\n")
                .append("#DIM 1 \"Ansvar\"\r\n");
        for (int i = 0; i < ACCOUNTS; i++) {
            text.append("#KONTO ")
                    .append(account(i))
                    .append(" \"Konto ")
                    .append(i)
                    .append(" för ökning\"\r\n");
        }
        int row = 0;
        for (int ver = 1; row < TRANSACTIONS; ver++) {
            int month = 1 + ver % 12;
            String date = YEAR + String.format("%02d%02d", month, 1 + ver % 28);
            text.append("#VER A ").append(ver).append(' ').append(date).append(" \"Verifikation\"\r\n{\r\n");
            for (int t = 0; t < 10 && row < TRANSACTIONS; t++, row++) {
                int account = random.nextInt(ACCOUNTS);
                int ansvar = random.nextInt(ANSVAR);
                long ore = amounts.nextLong(100, 10_000_000);
                text.append("   #TRANS ")
                        .append(account(account))
                        .append(" {1 \"")
                        .append(1000 + ansvar)
                        .append("\"} ")
                        .append(account < 60 ? "-" : "")
                        .append(ore / 100)
                        .append('.')
                        .append(String.format("%02d", ore % 100))
                        .append("\r\n");
            }
            text.append("}\r\n");
        }
        return text.toString().getBytes(SieReader.PC8);
    }

    private static void timedImport(LedgerImport imports, String what, byte[] file, String user) {
        long start = System.nanoTime();
        LedgerImport.Result result = imports.apply("huvudbok-" + YEAR + ".se", file, user);
        System.out.printf(
                "%-80s %7.0f ms (%s: %d new, %d corrected, %d unchanged, %d rows)%n",
                "Import of a 1 000 000-row SIE file, " + what,
                (System.nanoTime() - start) / 1e6,
                result.status(),
                result.added(),
                result.corrected(),
                result.unchanged(),
                result.rows());
    }

    /**
     * MariaDB alone: the million raw rows by LOAD DATA LOCAL INFILE and by multi-row INSERTs into a
     * table of their own, and the 216 000 sums by multi-row INSERTs.
     */
    private static void floors(String jdbcUrl, byte[] sie, JdbcTemplate template) throws Exception {
        String text = new String(sie, SieReader.PC8);
        List<String[]> rows = new ArrayList<>(TRANSACTIONS);
        String date = null;
        for (String line : text.split("\r\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#VER")) {
                date = trimmed.split(" ")[3];
            } else if (trimmed.startsWith("#TRANS")) {
                List<String> f = SieReader.fields(trimmed, 6, trimmed.length());
                rows.add(new String[] {f.get(0), SieReader.objects(f.get(1)).get("1"), date, f.get(2)});
            }
        }
        template.execute("create table if not exists bench_trans (account varchar(10), ansvar varchar(40),"
                + " trans_date char(8), amount decimal(16,2))");
        Path tsv = Files.createTempFile("bench-trans", ".tsv");
        StringBuilder out = new StringBuilder();
        rows.forEach(r -> out.append(String.join("\t", r)).append('\n'));
        Files.writeString(tsv, out);
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "allowLocalInfile=true";
        try (Connection connection = DriverManager.getConnection(url, "root", "");
                Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute(
                    "load data local infile '" + tsv.toAbsolutePath().toString().replace('\\', '/')
                            + "' into table bench_trans fields terminated by '\\t'");
            System.out.printf(
                    "%-80s %7.0f ms%n",
                    "Floor: MariaDB LOAD DATA LOCAL INFILE of the 1 000 000 raw rows",
                    (System.nanoTime() - start) / 1e6);
        } catch (Exception e) {
            System.out.println("LOAD DATA LOCAL INFILE not available: " + e.getMessage());
        } finally {
            Files.deleteIfExists(tsv);
        }
        template.execute("truncate table bench_trans");
        long start = System.nanoTime();
        multiRowInsert(template, "insert into bench_trans (account, ansvar, trans_date, amount) values ", rows, 4);
        System.out.printf(
                "%-80s %7.0f ms%n",
                "Floor: MariaDB multi-row INSERTs (1 000 rows each) of the 1 000 000 raw rows",
                (System.nanoTime() - start) / 1e6);
        template.execute("create table if not exists bench_sum (account varchar(10), ansvar varchar(40),"
                + " month tinyint, amount decimal(16,3))");
        List<String[]> sums = new ArrayList<>();
        for (int a = 0; a < ACCOUNTS; a++) {
            for (int n = 0; n < ANSVAR; n++) {
                for (int m = 1; m <= 12; m++) {
                    sums.add(new String[] {account(a), String.valueOf(1000 + n), String.valueOf(m), "-1.234"});
                }
            }
        }
        start = System.nanoTime();
        multiRowInsert(template, "insert into bench_sum (account, ansvar, month, amount) values ", sums, 4);
        System.out.printf(
                "%-80s %7.0f ms%n",
                "Floor: MariaDB multi-row INSERTs of the " + sums.size() + " sums (no versions, no keys)",
                (System.nanoTime() - start) / 1e6);
    }

    private static void multiRowInsert(JdbcTemplate template, String insert, List<String[]> rows, int columns) {
        String tuple = "(" + String.join(",", java.util.Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += 1000) {
            List<String[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            StringBuilder sql = new StringBuilder(insert);
            Object[] args = new Object[chunk.size() * columns];
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append(tuple);
                System.arraycopy(chunk.get(i), 0, args, i * columns, columns);
            }
            template.update(sql.toString(), args);
        }
    }

    private static void report(String what, Runnable work) {
        BenchmarkContext.report(what, RUNS, work);
    }

    private LedgerBenchmark() {}
}
