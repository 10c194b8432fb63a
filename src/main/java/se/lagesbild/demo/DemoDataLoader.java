package se.lagesbild.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.AppSettings;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.kolada.KoladaFetch;
import se.lagesbild.kolada.KoladaService;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.YearState;

/**
 * Loads the demo data into an empty database at start-up, in one transaction: the year pack of
 * docs/examples/arspaket (in the jar as {@code demo/arspaket}) run through the same imports a
 * förvaltning's job posts its files to ({@code POST /api/import/{kind}}), in the order a förvaltning
 * sets itself up: the structure, then budget, utfall, prognos rounds, the case export, the goal
 * outcomes and the delårsrapport's written sections of August 2021. Switched off with {@code lagesbild.demo-data=false}.
 */
@Component
@DependsOnDatabaseInitialization
class DemoDataLoader implements InitializingBean {

    static final String RECORDED_BY = "demodata";
    static final String SOURCE = "Delårsrapport 2 2021";
    static final String YEAR_PACK = "classpath*:demo/arspaket/*.csv";
    /** The demo's import job: recorded as api:demo, as the demo token's imports are. */
    static final ApiTokens.ApiToken JOB = new ApiTokens.ApiToken("demo", EnumSet.allOf(ImportScope.class));

    /** The order of a set-up: the organisation and goals before the figures that name them. */
    static final List<ImportScope> ORDER = List.of(
            ImportScope.STRUCTURE_ORGANISATION,
            ImportScope.STRUCTURE_COST_TYPES,
            ImportScope.STRUCTURE_GOALS,
            ImportScope.BUDGET,
            ImportScope.ACTUAL,
            ImportScope.FORECAST,
            ImportScope.INVESTIGATIONS,
            ImportScope.GOAL_OUTCOMES,
            ImportScope.REPORT_TEXTS,
            ImportScope.REPORT_ACTIONS,
            ImportScope.REPORT_ASSIGNMENTS,
            ImportScope.REPORT_RISKS,
            ImportScope.REPORT_ANNUAL_CYCLE,
            ImportScope.REPORT_SICK_LEAVE,
            ImportScope.REPORT_LEX_SARAH,
            ImportScope.REPORT_INDICATORS,
            ImportScope.REPORT_KOLADA,
            ImportScope.REPORT_PRIORITIES);

    private static final int FIRST_YEAR = 2020;
    private static final int LAST_YEAR = 2021;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final boolean enabled;
    private final TransactionTemplate transaction;
    private final AppSettings settings;
    private final OrganisationService organisation;
    private final List<ApiImport> imports;
    private final KoladaService kolada;

    DemoDataLoader(
            DemoSettings demo,
            TransactionTemplate transaction,
            AppSettings settings,
            OrganisationService organisation,
            List<ApiImport> imports,
            KoladaService kolada) {
        this.enabled = demo.demoData();
        this.transaction = transaction;
        this.settings = settings;
        this.organisation = organisation;
        this.imports = imports;
        this.kolada = kolada;
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
        List<Resource> files = yearPack();
        long started = System.nanoTime();
        for (Resource file : files) {
            importFile(file);
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            organisation.setYearState(year, YearState.PUBLISHED, RECORDED_BY);
        }
        log.info(
                "The demo's year pack ({} files) imported in {} ms",
                files.size(),
                (System.nanoTime() - started) / 1_000_000);
        loadKolada();
        settings.set(AppSettings.DEMO_DATA, SOURCE);
    }

    /** The year pack's files in the order of a set-up, then by name (the months in order). */
    static List<Resource> yearPack() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(YEAR_PACK))
                    .sorted(Comparator.comparingInt((Resource r) -> ORDER.indexOf(scopeOf(r.getFilename())))
                            .thenComparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo's year pack could not be listed", e);
        }
    }

    /** A year pack file's kind, by its name: utfall-2021-08.csv is utfall, struktur-mal-2021.csv struktur-mal. */
    static ImportScope scopeOf(String fileName) {
        Optional<ImportScope> scope = ORDER.stream()
                .filter(s -> fileName.startsWith(s.path() + "-"))
                .max(Comparator.comparingInt(s -> s.path().length()));
        return scope.orElseThrow(() -> new IllegalStateException("Not a year pack file: " + fileName));
    }

    /** Imports one file as the endpoint does: the import that reads its kind, with the demo job's token. */
    private void importFile(Resource file) {
        long started = System.nanoTime();
        ImportScope scope = scopeOf(file.getFilename());
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo's year pack file " + file.getFilename() + " could not be read", e);
        }
        ApiImport.ApiImportResult result = imports.stream()
                .filter(i -> i.scopes().contains(scope))
                .findFirst()
                .orElseThrow()
                .importFile(JOB, scope, file.getFilename(), bytes);
        if (result.status() != ImportStatus.APPLIED) {
            throw new IllegalStateException("The demo's year pack file " + file.getFilename() + " was not imported: "
                    + result.errors().stream()
                            .limit(5)
                            .map(e -> "row " + e.row() + ", " + e.column() + ": " + e.message())
                            .collect(Collectors.joining("; ")));
        }
        log.debug(
                "{}: {} added in {} ms", file.getFilename(), result.added(), (System.nanoTime() - started) / 1_000_000);
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
}
