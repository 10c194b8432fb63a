package se.lagesbild.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.ReportComments;
import se.lagesbild.base.SlidePins;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.base.TextLimits;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.economy.EconomyColumns;
import se.lagesbild.economy.EconomyLine;
import se.lagesbild.economy.EconomyReport;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.Figures;
import se.lagesbild.goals.GoalArea;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.goals.GreenShare;
import se.lagesbild.investigations.InvestigationFigures;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.UnitFigures;
import se.lagesbild.investigations.Volumes;
import se.lagesbild.kolada.Comparison;
import se.lagesbild.kolada.KoladaService;
import se.lagesbild.kolada.Place;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.reportdata.Chapter;
import se.lagesbild.reportdata.ReportDataService;
import se.lagesbild.security.Access;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/**
 * The nämnd's report: every table of it for a period, computed from the feature services (never
 * recomputed here), frozen as versions whose figures never change, and compared with the live ones.
 * The report is a Swedish document whatever the UI language, so its texts are Swedish.
 */
@Service
@Transactional(readOnly = true)
public class ReportService implements SlidePins {

    private static final Locale SWEDISH = Locale.of("sv");

    private final EconomyService economy;
    private final InvestigationService investigations;
    private final GoalService goals;
    private final OrganisationService organisation;
    private final ReportRepository repository;
    private final ChangeLog changeLog;
    private final Access access;
    private final Audit audit;
    private final KoladaService kolada;
    private final ReportDataService sections;
    private final ObjectProvider<ReportComments> comments;

    ReportService(
            EconomyService economy,
            InvestigationService investigations,
            GoalService goals,
            OrganisationService organisation,
            ReportRepository repository,
            ChangeLog changeLog,
            Access access,
            Audit audit,
            KoladaService kolada,
            ReportDataService sections,
            ObjectProvider<ReportComments> comments) {
        this.kolada = kolada;
        this.sections = sections;
        this.comments = comments;
        this.access = access;
        this.audit = audit;
        this.economy = economy;
        this.investigations = investigations;
        this.goals = goals;
        this.organisation = organisation;
        this.repository = repository;
        this.changeLog = changeLog;
    }

    // ---------------------------------------------------------------------------------- access

    /** Who may freeze versions and pin slides: {@link Access#mayEditReports}. */
    public boolean mayEdit(String user) {
        return access.mayEditReports(user);
    }

    public void checkMayEdit(String user) {
        access.checkMayEditReports(user);
    }

    /** Who may see the report, present it and follow it: {@link Access#mayViewReports}. */
    public void checkMayView(String user) {
        access.checkMayViewReports(user);
    }

    // ---------------------------------------------------------------------------------- versions

    /**
     * A report that cannot be made: nothing set up, or no figures of the period's year. The message
     * says so in Swedish and where the figures come from.
     */
    public static class NothingToReportException extends IllegalStateException {

        NothingToReportException(String message) {
            super(message);
        }
    }

    /**
     * Whether the period has anything to report: an organisation, and budget, utfall, goal areas or
     * cases of the period's year.
     */
    public boolean hasFigures(YearMonth period) {
        return organisation.organisation().committee() != null
                && (economy.periods().contains(period)
                        || goals.periods().contains(period)
                        || investigations
                                .latestPeriod()
                                .filter(latest -> latest.getYear() >= period.getYear())
                                .isPresent());
    }

    /** The report as the facts stand now; refused ({@link NothingToReportException}) when there is nothing to report. */
    public ReportSnapshot live(YearMonth period) {
        return live(period, EnumSet.allOf(Chapter.class));
    }

    /**
     * The report as the facts stand now, with the chosen chapters only (a månadsrapport; every chapter
     * for the delårsrapport), in the reference report's order: the headline figures, then each chapter's
     * heading and text followed by its tables and charts, then the slides pinned from the views.
     */
    public ReportSnapshot live(YearMonth period, Set<Chapter> chapters) {
        if (!hasFigures(period)) {
            throw new NothingToReportException(t("report.error.nothing", periodLabel(period)));
        }
        Organisation org = organisation.organisation(period.getYear());
        EconomyReport report = economy.report(period);
        InvestigationFigures cases = investigations.figures(period);
        GoalYear goalYear = goals.year(period.getYear());
        Map<Chapter, String> texts = sections.texts(period);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(headline(period, report, cases, goalYear, org));
        for (Chapter chapter : Chapter.values()) {
            if (!chapters.contains(chapter)) {
                continue;
            }
            sections.add(ReportChapters.heading(chapter, period, texts.get(chapter)));
            switch (chapter) {
                case GOALS -> {
                    sections.add(goalAreas(period, goalYear));
                    sections.add(goalUnits(period, goalYear, org));
                    sections.add(volumes(period, cases, org));
                    sections.add(late(period, cases, org));
                }
                case ECONOMY -> {
                    sections.add(incomeStatement(period, report.committee()));
                    report.committee().children().forEach(area -> sections.add(incomeStatement(period, area)));
                    sections.add(new ReportSection(
                            "activities",
                            ReportSection.Kind.TABLE,
                            EconomyColumns.table(
                                    t("economy.title", periodLabel(period)),
                                    t("economy.column.activity"),
                                    EconomyColumns.columns(false),
                                    List.of(report.committee()),
                                    this::economyLabel,
                                    Map.of(),
                                    this::t)));
                    sections.add(deviationChart(report));
                }
                case ANNEX_INDICATORS -> {
                    sections.addAll(ReportChapters.written(chapter, period, this.sections));
                    comparisons(period).ifPresent(sections::add);
                    continue;
                }
                default -> {}
            }
            sections.addAll(ReportChapters.written(chapter, period, this.sections));
        }
        for (Pin pin : repository.pins()) {
            pinned(pin, period, report, cases, goalYear, org).ifPresent(sections::add);
        }
        return new ReportSnapshot(period, withComments(period, sections));
    }

    /** Each section with the comments the features hold on it for the period. */
    private List<ReportSection> withComments(YearMonth period, List<ReportSection> sections) {
        List<ReportComments.Comment> all = comments.orderedStream()
                .flatMap(c -> c.comments(period).stream())
                .toList();
        if (all.isEmpty()) {
            return sections;
        }
        return sections.stream()
                .map(s -> s.withComments(
                        all.stream().filter(c -> c.sectionKey().equals(s.key())).toList()))
                .toList();
    }

    /**
     * Freezes the report of {@code period} as it stands now under {@code name}: its figures are
     * stored and never change, whatever corrections arrive later.
     */
    @Transactional
    public ReportVersion freeze(String name, YearMonth period, String user) {
        return freeze(name, period, EnumSet.allOf(Chapter.class), user);
    }

    /**
     * Freezes the report of {@code period} with the chosen chapters (a månadsrapport): its figures, texts
     * and comments are stored together and never change.
     */
    @Transactional
    public ReportVersion freeze(String name, YearMonth period, Set<Chapter> chapters, String user) {
        checkMayEdit(user);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(t("report.error.name"));
        }
        if (!TextLimits.fits(name.strip(), TextLimits.VERSION_NAME)) {
            throw new IllegalArgumentException(t("report.error.nameTooLong", TextLimits.VERSION_NAME));
        }
        Instant now = Instant.now();
        ReportSnapshot snapshot = live(period, chapters);
        long id = repository.insertVersion(name.strip(), period, now, user, snapshot);
        audit.record(user, AuditKind.REPORT, null, period.toString(), "Rapportversion fryst", null, name.strip());
        changeLog.record(Topic.REPORTS, null, null, "report.change.frozen", user);
        return repository.version(id).orElseThrow();
    }

    /** Every frozen version, the latest first. */
    public List<ReportVersion> versions() {
        return repository.versions();
    }

    public Optional<ReportVersion> version(long id) {
        return repository.version(id);
    }

    /** What changed in the live figures since a version was frozen, cell by cell. */
    public List<CellChange> changesSince(ReportVersion version) {
        return compare(version.snapshot(), live(version.period()));
    }

    /**
     * The cells that differ between two snapshots of a period, as printed: sections by key, rows by
     * label (the n-th row of a label with the n-th), columns by position. A section or row on one side
     * only is listed with an empty other side.
     */
    static List<CellChange> compare(ReportSnapshot before, ReportSnapshot after) {
        List<CellChange> changes = new ArrayList<>();
        for (ReportSection now : after.sections()) {
            ExportTable old =
                    before.section(now.key()).map(ReportSection::table).orElse(null);
            String oldText = before.section(now.key()).map(ReportSection::text).orElse(null);
            if (now.text() != null && !now.text().equals(oldText == null ? "" : oldText)) {
                changes.add(new CellChange(
                        now.table().title(),
                        SwedishTexts.swedish("reportdata.text"),
                        "",
                        oldText == null ? "" : oldText,
                        now.text()));
            }
            Map<String, ExportTable.Row> oldRows = old == null ? Map.of() : rowsByKey(old);
            rowsByKey(now.table()).forEach((key, row) -> {
                ExportTable.Row oldRow = oldRows.get(key);
                for (int c = 0; c < now.table().columns().size(); c++) {
                    String was = oldRow == null || c >= old.columns().size() ? "" : SwedishFormat.cell(old, oldRow, c);
                    String is = SwedishFormat.cell(now.table(), row, c);
                    if (!was.equals(is)) {
                        changes.add(new CellChange(
                                now.table().title(),
                                row.label(),
                                now.table().columns().get(c).header(),
                                was,
                                is));
                    }
                }
            });
            commentChanges(
                    before.section(now.key()).map(ReportSection::comments).orElse(List.of()), now, changes);
        }
        return changes;
    }

    /** The comments on a section that were written, changed or withdrawn: by the row they explain. */
    private static void commentChanges(
            List<ReportComments.Comment> before, ReportSection now, List<CellChange> changes) {
        Map<String, String> was = new java.util.LinkedHashMap<>();
        before.forEach(c -> was.put(Objects.toString(c.rowLabel(), ""), c.text()));
        Map<String, String> is = new java.util.LinkedHashMap<>();
        now.comments().forEach(c -> is.put(Objects.toString(c.rowLabel(), ""), c.text()));
        Set<String> rows = new java.util.LinkedHashSet<>(was.keySet());
        rows.addAll(is.keySet());
        for (String row : rows) {
            String old = was.getOrDefault(row, "");
            String text = is.getOrDefault(row, "");
            if (!old.equals(text)) {
                changes.add(new CellChange(
                        now.table().title(), row, SwedishTexts.swedish("reportdata.comments.title"), old, text));
            }
        }
    }

    private static Map<String, ExportTable.Row> rowsByKey(ExportTable table) {
        Map<String, ExportTable.Row> rows = new java.util.LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ExportTable.Row row : table.rows()) {
            int n = seen.merge(row.label(), 1, Integer::sum);
            rows.put(row.label() + "#" + n, row);
        }
        return rows;
    }

    // ---------------------------------------------------------------------------------- pins

    /** Pins a view's current scope as a slide of the presentation (and of versions frozen from now on). */
    @Override
    @Transactional
    public void pin(SlidePins.Kind kind, String scope, String user) {
        checkMayEdit(user);
        if (scope == null || scope.isBlank() || !TextLimits.fits(scope, TextLimits.PIN_SCOPE)) {
            throw new IllegalArgumentException(t("report.pin.invalid"));
        }
        if (pins().stream().anyMatch(p -> p.kind() == kind && p.scope().equals(scope))) {
            return;
        }
        repository.insertPin(kind, scope, Instant.now(), user);
        audit.record(user, AuditKind.REPORT, null, null, "Bild i presentationen", null, kind + " " + scope);
        changeLog.record(Topic.REPORTS, null, null, "report.change.pinned", user);
    }

    @Override
    public boolean mayPin(String user) {
        return mayEdit(user);
    }

    @Transactional
    public void unpin(long id, String user) {
        checkMayEdit(user);
        repository.removePin(id, Instant.now());
        audit.record(user, AuditKind.REPORT, null, null, "Bild borttagen ur presentationen", String.valueOf(id), null);
        changeLog.record(Topic.REPORTS, null, null, "report.change.unpinned", user);
    }

    public List<Pin> pins() {
        return repository.pins();
    }

    // ---------------------------------------------------------------------------------- sections

    private ReportSection headline(
            YearMonth period, EconomyReport report, InvestigationFigures cases, GoalYear year, Organisation org) {
        List<ExportTable.Row> rows = new ArrayList<>();
        Figures total = report.committee().figures();
        if (total.deviationYear() != null) {
            rows.add(text(
                    t("overview.economy.forecastDeviation"),
                    SwedishFormat.mkr(total.deviationYear()),
                    t(
                            "overview.economy.ofBudget",
                            SwedishFormat.percent(total.deviationYearPercent(), 1),
                            periodLabel(YearMonth.of(period.getYear(), report.forecastRound())))));
        }
        rows.add(text(
                t("overview.economy.periodDeviation"),
                SwedishFormat.mkr(total.deviation()),
                t("overview.economy.period", periodLabel(period))));
        if (total.forecastChange() != null) {
            rows.add(text(
                    t("overview.economy.forecastChange"),
                    SwedishFormat.mkr(total.forecastChange()),
                    t("overview.economy.since", periodLabel(YearMonth.of(period.getYear(), report.previousRound())))));
        }
        for (UnitFigures unit : cases.units()) {
            String name = unitName(org, unit.unitCode());
            rows.add(text(
                    t("report.headline.open", name),
                    SwedishFormat.integer(unit.yearToDate().open()),
                    t(
                            "report.headline.openBefore",
                            SwedishFormat.integer(unit.previousYearToDate().open()),
                            String.valueOf(period.getYear() - 1),
                            SwedishFormat.signedPercent(
                                    Volumes.changePercent(
                                            unit.yearToDate().open(),
                                            unit.previousYearToDate().open()),
                                    1))));
            Volumes month = unit.month(period.getMonthValue());
            if (month.lateSharePercent() != null) {
                rows.add(text(
                        t("report.headline.late", name),
                        SwedishFormat.percent(month.lateSharePercent(), 0),
                        t(
                                "report.headline.lateDetail",
                                SwedishFormat.percent(unit.lateShareTarget(), 0),
                                SwedishFormat.integer(month.closedLate()),
                                SwedishFormat.integer(month.closed()))));
            }
        }
        for (GoalArea area : year.areas()) {
            GreenShare share = year.share(area.number(), period.getMonthValue());
            rows.add(text(
                    area.number() + ". " + area.shortName(),
                    year.areaAssessment(area.number(), period.getMonthValue()).swedishLabel(),
                    share == null
                            ? ""
                            : t(
                                    "goals.share",
                                    String.valueOf(share.green()),
                                    String.valueOf(share.withOutcome()),
                                    SwedishFormat.percent(share.percent(), 0))));
        }
        return new ReportSection(
                "figures",
                ReportSection.Kind.FIGURES,
                new ExportTable(
                        t("overview.title", periodLabel(period)),
                        t("report.column.measure"),
                        List.of(
                                ExportTable.Column.text(t("report.column.value")),
                                ExportTable.Column.text(t("report.column.detail"))),
                        rows));
    }

    /**
     * Jämförelser: each chosen key figure in its latest year up to the period's, the kommun beside
     * the places it is compared with (Källa: Kolada); none when nothing has been fetched.
     */
    private Optional<ReportSection> comparisons(YearMonth period) {
        List<Comparison> comparisons = kolada.comparisons().stream()
                .filter(c -> c.latestYear(period.getYear()).isPresent())
                .toList();
        if (comparisons.isEmpty()) {
            return Optional.empty();
        }
        List<ExportTable.Column> columns = new ArrayList<>();
        columns.add(ExportTable.Column.text(t("comparisons.report.year")));
        for (Comparison.Series series : comparisons.getFirst().series()) {
            columns.add(ExportTable.Column.text(
                    series.kind() == Place.Kind.GROUP ? t("comparisons.group", series.name()) : series.name()));
        }
        List<ExportTable.Row> rows = new ArrayList<>();
        for (Comparison comparison : comparisons) {
            int year = comparison.latestYear(period.getYear()).getAsInt();
            List<Object> cells = new ArrayList<>();
            cells.add(String.valueOf(year));
            comparison.valuesIn(year).forEach(v -> cells.add(SwedishFormat.decimal(v, comparison.decimals())));
            rows.add(ExportTable.Row.of(
                    comparison.kpi().id() + " " + comparison.kpi().title(), cells));
        }
        return Optional.of(new ReportSection(
                "kolada",
                ReportSection.Kind.TABLE,
                new ExportTable(
                        t(
                                "comparisons.report.title",
                                comparisons.getFirst().series().getFirst().name()),
                        t("comparisons.kpis"),
                        columns,
                        rows)));
    }

    private ReportSection deviationChart(EconomyReport report) {
        List<ExportTable.Row> rows = report.activities().stream()
                .filter(l -> l.figures().deviationYear() != null)
                .map(l -> new ExportTable.Row(l.name(), 0, List.of(l.figures().deviationYear()), false))
                .toList();
        return new ReportSection(
                "deviationChart",
                ReportSection.Kind.BAR_CHART,
                new ExportTable(
                        t("economy.chart.deviation.title"),
                        t("economy.column.activity"),
                        List.of(new ExportTable.Column(t("economy.chart.deviation.axis"), 0)),
                        rows));
    }

    private ReportSection incomeStatement(YearMonth period, EconomyLine scope) {
        String scopeLabel = economyLabel(scope);
        Map<String, Figures> lastYear = economy.periods().contains(period.minusYears(1))
                ? byCode(EconomyColumns.statementLines(
                        economy.incomeStatement(period.minusYears(1), scope.code()), this::t))
                : Map.of();
        String key =
                scope.level() == EconomyLine.Level.COMMITTEE ? "incomeStatement" : "incomeStatement-" + scope.code();
        return new ReportSection(
                key,
                ReportSection.Kind.TABLE,
                EconomyColumns.table(
                        t("economy.incomeStatement.title", scopeLabel, periodLabel(period)),
                        t("economy.column.costType"),
                        EconomyColumns.columns(true),
                        EconomyColumns.statementLines(economy.incomeStatement(period, scope.code()), this::t),
                        EconomyLine::name,
                        lastYear,
                        this::t));
    }

    private static Map<String, Figures> byCode(List<EconomyLine> lines) {
        return lines.stream()
                .flatMap(l -> Stream.concat(Stream.of(l), l.children().stream()))
                .collect(Collectors.toMap(EconomyLine::code, EconomyLine::figures));
    }

    private ReportSection volumes(YearMonth period, InvestigationFigures cases, Organisation org) {
        String now = periodLabel(YearMonth.of(period.getYear(), 1)).split(" ")[0] + "–" + periodLabel(period);
        String before = String.valueOf(period.getYear() - 1);
        List<ExportTable.Column> columns = List.of(
                new ExportTable.Column(t("investigations.column.openYear", String.valueOf(period.getYear())), 0),
                new ExportTable.Column(t("investigations.column.openYear", before), 0),
                ExportTable.Column.percent(t("investigations.column.change"), 1),
                new ExportTable.Column(t("investigations.column.openedYear", String.valueOf(period.getYear())), 0),
                new ExportTable.Column(t("investigations.column.openedYear", before), 0),
                new ExportTable.Column(t("investigations.column.closedYear", String.valueOf(period.getYear())), 0),
                new ExportTable.Column(t("investigations.column.closedYear", before), 0));
        List<ExportTable.Row> rows = unitRows(
                cases,
                org,
                u -> List.of(
                        number(u.yearToDate().open()),
                        number(u.previousYearToDate().open()),
                        Volumes.changePercent(
                                u.yearToDate().open(), u.previousYearToDate().open()),
                        number(u.yearToDate().opened()),
                        number(u.previousYearToDate().opened()),
                        number(u.yearToDate().closed()),
                        number(u.previousYearToDate().closed())));
        return new ReportSection(
                "volumes",
                ReportSection.Kind.TABLE,
                new ExportTable(t("report.section.volumes", now), t("investigations.column.unit"), columns, rows));
    }

    private ReportSection late(YearMonth period, InvestigationFigures cases, Organisation org) {
        int m = period.getMonthValue();
        List<ExportTable.Column> columns = List.of(
                new ExportTable.Column(t("investigations.column.closed"), 0),
                new ExportTable.Column(t("investigations.column.lateCount"), 0),
                ExportTable.Column.percent(t("investigations.column.late"), 0),
                ExportTable.Column.percent(t("investigations.column.target"), 0),
                ExportTable.Column.percent(t("report.column.lateYear"), 0),
                ExportTable.Column.percent(t("report.column.latePrevious", String.valueOf(period.getYear() - 1)), 0),
                new ExportTable.Column(t("investigations.column.overdue"), 0));
        List<ExportTable.Row> rows = unitRows(
                cases,
                org,
                u -> Arrays.asList(
                        number(u.month(m).closed()),
                        number(u.month(m).closedLate()),
                        u.month(m).lateSharePercent(),
                        u.lateShareTarget(),
                        u.yearToDate().lateSharePercent(),
                        u.previousYearToDate().lateSharePercent(),
                        number(u.overdue())));
        return new ReportSection(
                "late",
                ReportSection.Kind.TABLE,
                new ExportTable(
                        t("report.section.late", periodLabel(period)), t("investigations.column.unit"), columns, rows));
    }

    /** A row per enhet with cases, and all enheter together when there are several. */
    private List<ExportTable.Row> unitRows(
            InvestigationFigures cases,
            Organisation org,
            java.util.function.Function<UnitFigures, List<BigDecimal>> values) {
        List<ExportTable.Row> rows = new ArrayList<>(cases.units().stream()
                .map(u -> new ExportTable.Row(unitName(org, u.unitCode()), 0, values.apply(u), false))
                .toList());
        if (cases.units().size() > 1) {
            rows.add(new ExportTable.Row(t("investigations.unit.all"), 0, values.apply(cases.total()), true));
        }
        return rows;
    }

    private ReportSection goalAreas(YearMonth period, GoalYear year) {
        List<ExportTable.Row> rows = year.areas().stream()
                .map(area -> ExportTable.Row.of(
                        area.number() + ". " + area.shortName(),
                        months(period).stream()
                                .map(m -> year.areaAssessment(area.number(), m).swedishLabel())
                                .toList()))
                .toList();
        return heatmap(
                "goalAreas",
                t("goals.heatmap.areasByMonth", String.valueOf(period.getYear())),
                t("report.column.goalArea"),
                monthColumns(period),
                rows);
    }

    private ReportSection goalUnits(YearMonth period, GoalYear year, Organisation org) {
        int m = period.getMonthValue();
        List<ExportTable.Row> rows = year.unitCodes().stream()
                .map(unit -> ExportTable.Row.of(
                        unitName(org, unit),
                        year.areas().stream()
                                .map(area -> year.unitAssessment(area.number(), unit, m)
                                        .swedishLabel())
                                .toList()))
                .toList();
        return heatmap(
                "goalUnits",
                t("goals.heatmap.unitsByArea", periodLabel(period)),
                t("investigations.column.unit"),
                year.areas().stream().map(GoalArea::shortName).toList(),
                rows);
    }

    private Optional<ReportSection> pinned(
            Pin pin,
            YearMonth period,
            EconomyReport report,
            InvestigationFigures cases,
            GoalYear year,
            Organisation org) {
        return switch (pin.kind()) {
            case ECONOMY ->
                report.line(pin.scope()).map(line -> {
                    ReportSection statement = incomeStatement(period, line);
                    return new ReportSection("pin-" + pin.id(), statement.kind(), statement.table());
                });
            case INVESTIGATIONS -> cases.unit(pin.scope()).map(unit -> unitMonths(pin, period, unit, org));
            case GOALS ->
                year.areas().stream()
                        .filter(a -> String.valueOf(a.number()).equals(pin.scope()))
                        .findFirst()
                        .map(area -> {
                            List<ExportTable.Row> rows = year.unitCodes().stream()
                                    .map(u -> ExportTable.Row.of(
                                            unitName(org, u),
                                            months(period).stream()
                                                    .map(m -> year.unitAssessment(area.number(), u, m)
                                                            .swedishLabel())
                                                    .toList()))
                                    .toList();
                            return heatmap(
                                    "pin-" + pin.id(),
                                    t(
                                            "goals.heatmap.unitsByMonth",
                                            area.number() + ". " + area.shortName(),
                                            String.valueOf(period.getYear())),
                                    t("investigations.column.unit"),
                                    monthColumns(period),
                                    rows);
                        });
        };
    }

    /** An enhet's months this year beside last year's. */
    private ReportSection unitMonths(Pin pin, YearMonth period, UnitFigures unit, Organisation org) {
        String year = String.valueOf(period.getYear());
        String before = String.valueOf(period.getYear() - 1);
        List<ExportTable.Column> columns = List.of(
                new ExportTable.Column(t("investigations.column.openYear", year), 0),
                new ExportTable.Column(t("investigations.column.openYear", before), 0),
                new ExportTable.Column(t("investigations.column.openedYear", year), 0),
                new ExportTable.Column(t("investigations.column.closedYear", year), 0),
                ExportTable.Column.percent(t("investigations.column.lateShare"), 0),
                ExportTable.Column.percent(t("investigations.column.lateSharePrevious", before), 0));
        List<ExportTable.Row> rows = months(period).stream()
                .map(m -> new ExportTable.Row(
                        periodLabel(YearMonth.of(period.getYear(), m)),
                        0,
                        Arrays.asList(
                                number(unit.month(m).open()),
                                number(unit.previousMonth(m).open()),
                                number(unit.month(m).opened()),
                                number(unit.month(m).closed()),
                                unit.month(m).lateSharePercent(),
                                unit.previousMonth(m).lateSharePercent()),
                        false))
                .toList();
        return new ReportSection(
                "pin-" + pin.id(),
                ReportSection.Kind.TABLE,
                new ExportTable(
                        t("investigations.section.volumes", unitName(org, unit.unitCode()), year),
                        t("investigations.column.month"),
                        columns,
                        rows));
    }

    private static ReportSection heatmap(
            String key, String title, String labelHeader, List<String> columns, List<ExportTable.Row> rows) {
        return new ReportSection(
                key,
                ReportSection.Kind.HEATMAP,
                new ExportTable(
                        title,
                        labelHeader,
                        columns.stream().map(ExportTable.Column::text).toList(),
                        rows));
    }

    // ---------------------------------------------------------------------------------- helpers

    private static List<Integer> months(YearMonth period) {
        return java.util.stream.IntStream.rangeClosed(1, period.getMonthValue())
                .boxed()
                .toList();
    }

    private static List<String> monthColumns(YearMonth period) {
        return months(period).stream()
                .map(m -> java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, SWEDISH))
                .toList();
    }

    private static ExportTable.Row text(String label, String value, String detail) {
        return ExportTable.Row.of(label, List.of(value, detail));
    }

    private static BigDecimal number(int value) {
        return BigDecimal.valueOf(value);
    }

    private String economyLabel(EconomyLine line) {
        return EconomyColumns.label(line, (key, code) -> t(key, code));
    }

    private static String unitName(Organisation org, String code) {
        return org.unit(code).map(u -> u.name()).orElse(code);
    }

    /** A chapter's heading for a period, as the report prints it ("6 Uppföljning av risker"). */
    public static String chapterHeading(Chapter chapter, YearMonth period) {
        return ReportChapters.heading(chapter, period);
    }

    /** "augusti 2021". */
    public static String periodLabel(YearMonth period) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", SWEDISH).format(period);
    }

    private String t(String key, Object... args) {
        return SwedishTexts.swedish(key, args);
    }
}
