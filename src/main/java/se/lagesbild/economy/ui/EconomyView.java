package se.lagesbild.economy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.lagesbild.base.Comments;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.SlidePins;
import se.lagesbild.base.export.ExportLinks;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.base.ui.CommentPanel;
import se.lagesbild.base.ui.DeviationChart;
import se.lagesbild.base.ui.LiveChart;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.base.ui.PinButton;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.economy.EconomyColumns;
import se.lagesbild.economy.EconomyLine;
import se.lagesbild.economy.EconomyReport;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.economy.Figures;
import se.lagesbild.economy.IncomeStatement;
import se.lagesbild.economy.imports.EconomyImport;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;

/**
 * Budgetavvikelse per verksamhet in the report's layout (nämnd → verksamhetsområde → verksamhet),
 * the nämnd's resultaträkning, and a drill-down ({@code ?verksamhet=CODE}, an area or a
 * verksamhet) to the split by kostnadsslag, the months of the year and the forecast rounds. Without an
 * organisation or kostnadsslag it says so and where to set them up; without budget or utfall for the
 * year it says which is missing and how it is imported; a change of the organisation (a struktur file,
 * Struktur) updates it on screen like a change of the figures.
 */
@PermitAll
@Route("ekonomi")
class EconomyView extends PeriodView {

    static final String SCOPE = "verksamhet";

    private final EconomyService economy;
    private final OrganisationService organisationService;
    private final Nav breadcrumb = new Nav();
    private final Span forecastNote = new Span();
    private final Div content = new Div();
    private final Div missing = new Div();
    private final Div actions;
    private final Comments comments;
    private final CommentPanel commentPanel;
    private String scope;
    private EconomyReport report;

    EconomyView(
            EconomyService economy,
            OrganisationService organisationService,
            ChangeBroadcaster broadcaster,
            EconomyImport imports,
            SlidePins pins,
            Comments comments) {
        super(
                "economy.title",
                "economy-view",
                economy,
                broadcaster,
                Set.of(Topic.ECONOMY, Topic.ORGANISATION, Topic.COMMENTS));
        this.economy = economy;
        this.comments = comments;
        this.commentPanel = new CommentPanel(comments);
        this.organisationService = organisationService;
        breadcrumb.addClassName("breadcrumb");
        breadcrumb.getElement().setAttribute("aria-label", getTranslation("economy.breadcrumb"));
        forecastNote.addClassName("figure-detail");
        content.addClassName("economy-content");
        content.setWidthFull();
        Anchor ledgerImport = new Anchor(SetupRoutes.LEDGER_IMPORT, getTranslation("economy.importLedger"));
        ledgerImport.addClassName("ledger-import-link");
        ledgerImport.setVisible(imports.mayImport(se.lagesbild.base.ui.CurrentUser.name()));
        actions = new Div(
                new ImportButton(imports),
                ledgerImport,
                new PinButton(
                        pins,
                        SlidePins.Kind.ECONOMY,
                        () -> report == null
                                ? null
                                : scope == null ? report.committee().code() : scope));
        actions.addClassName("view-actions");
        missing.addClassName("economy-missing");
        add(actions, missing, breadcrumb, forecastNote, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(SCOPE)
                .orElse(null);
        super.beforeEnter(event);
    }

    @Override
    protected void render() {
        YearMonth period = period();
        Organisation organisation = organisationService.organisation();
        missing.removeAll();
        // importing and pinning need the lines the figures are kept on
        boolean setUp =
                organisation.committee() != null && !organisation.costTypes().isEmpty();
        actions.setVisible(setUp);
        if (!setUp) {
            report = null;
            forecastNote.setText("");
            breadcrumb.setVisible(false);
            redrawnInPlace("not set up");
            content.removeAll();
            content.add(
                    organisation.committee() == null
                            ? new SetupNotice(
                                    getTranslation("economy.missing.organisation"),
                                    getTranslation("setup.link.organisation"),
                                    SetupRoutes.ORGANISATION,
                                    getTranslation("setup.link.gettingStarted"),
                                    SetupRoutes.GETTING_STARTED)
                            : new SetupNotice(
                                    getTranslation("economy.missing.costTypes"),
                                    getTranslation("setup.link.costTypes"),
                                    SetupRoutes.COST_TYPES,
                                    getTranslation("setup.link.gettingStarted"),
                                    SetupRoutes.GETTING_STARTED));
            return;
        }
        missingFigures(period.getYear())
                .ifPresent(key -> missing.add(new SetupNotice(
                        getTranslation(key, String.valueOf(period.getYear())),
                        getTranslation("setup.link.gettingStarted"),
                        SetupRoutes.GETTING_STARTED)));
        report = economy.report(period);
        forecastNote.setText(
                report.forecastRound() == null
                        ? getTranslation("economy.noForecast")
                        : getTranslation(
                                "economy.forecastNote",
                                roundLabel(report.forecastRound()),
                                report.previousRound() == null ? "–" : roundLabel(report.previousRound())));
        Optional<EconomyLine> drilled = scope == null ? Optional.empty() : report.line(scope);
        renderBreadcrumb(report, drilled.orElse(null), organisation);
        if (redrawnInPlace(period + "/" + scope)) {
            return;
        }
        content.removeAll();
        if (drilled.isEmpty() || drilled.get().level() == EconomyLine.Level.COMMITTEE) {
            focusDrill(null, null, renderCommittee());
        } else {
            renderScope(drilled.get());
            focusDrill(drilled.get().code(), content, null);
        }
    }

    /** Which of the year's budget and utfall is missing, as the key of the sentence that says so. */
    private Optional<String> missingFigures(int year) {
        boolean budget = economy.hasFacts(FactKind.BUDGET, year);
        boolean actuals = economy.hasFacts(FactKind.ACTUAL, year);
        if (budget && actuals) {
            return Optional.empty();
        }
        return Optional.of(
                budget ? "economy.missing.actuals" : actuals ? "economy.missing.budget" : "economy.missing.figures");
    }

    /** The nämnd's verksamheter, chart and resultaträkning; returns the verksamheter's table (a drill's way back). */
    private Component renderCommittee() {
        EconomyGrid grid = new EconomyGrid("economy.column.activity", this::label, false);
        Map<String, String> commentTexts = new java.util.HashMap<>();
        grid.addCommentColumn(line -> commentTexts.get(line.code()));
        live(() -> {
            commentTexts.clear();
            comments.current(period()).forEach((subject, comment) -> commentTexts.put(subject.key(), comment.body()));
            grid.show(List.of(report.committee()), null);
        });
        grid.addItemClickListener(e -> drill(e.getItem()));
        // Enter on a focused row drills as a click does (the grid's Space does too)
        java.util.concurrent.atomic.AtomicReference<EconomyLine> focused =
                new java.util.concurrent.atomic.AtomicReference<>();
        grid.addCellFocusListener(e -> focused.set(e.isBodyCell() ? e.getItem().orElse(null) : null));
        com.vaadin.flow.component.Shortcuts.addShortcutListener(
                        grid,
                        () -> java.util.Optional.ofNullable(focused.get()).ifPresent(this::drill),
                        com.vaadin.flow.component.Key.ENTER)
                .listenOn(grid);
        LiveChart chart = new LiveChart(
                DeviationChart.CLASS_NAME,
                shown -> shown.addPointClickListener(e -> drill(DeviationChart.sorted(deviations())
                        .get(e.getItemIndex())
                        .code())));
        live(() -> chart.show(DeviationChart.configuration(
                deviations(),
                getTranslation("economy.chart.deviation.title"),
                getTranslation("economy.chart.deviation.axis"))));
        Div chartCard = card(chart);
        String committeeCode = report.committee().code();
        content.add(
                section(
                        "economy.section.activities",
                        grid,
                        () -> grid.export(getTranslation("economy.title", periodLabel()))),
                chartCard,
                commentPanel,
                incomeStatementSection(committeeCode, getTranslation("economy.line.committee", committeeCode)));
        showComment(report.committee());
        return grid;
    }

    /** The analysis of the nämnd, an area or a verksamhet beside its figures, redrawn on every live change. */
    private void showComment(EconomyLine line) {
        Comments.Kind kind = switch (line.level()) {
            case COMMITTEE -> Comments.Kind.COMMITTEE;
            case AREA -> Comments.Kind.AREA;
            default -> Comments.Kind.ACTIVITY;
        };
        live(() -> commentPanel.show(new Comments.Subject(kind, line.code()), period(), line.name()));
    }

    private void renderScope(EconomyLine line) {
        content.add(incomeStatementSection(line.code(), label(line)), commentPanel);
        showComment(line);
        LiveChart monthly = new LiveChart(MonthlyChart.CLASS_NAME);
        LiveChart forecast = new LiveChart(ForecastChart.CLASS_NAME);
        live(() -> economy.yearSeries(period().getYear(), line.code()), series -> {
            monthly.show(MonthlyChart.configuration(series, this));
            forecast.show(ForecastChart.configuration(series, this));
        });
        Div charts = new Div(card(monthly), card(forecast));
        charts.addClassName("cards");
        content.add(charts);
    }

    /** The verksamheter of the report shown now. */
    /** The verksamheter's helårsavvikelse: the deviation chart's bars. */
    private List<DeviationChart.Bar> deviations() {
        return report.activities().stream()
                .map(l -> new DeviationChart.Bar(l.code(), l.name(), l.figures().deviationYear()))
                .toList();
    }

    /** Resultaträkning in the report's layout, with the same period last year. */
    private Component incomeStatementSection(String scopeCode, String name) {
        YearMonth period = period();
        EconomyGrid grid = new EconomyGrid("economy.column.costType", EconomyLine::name, true);
        grid.addClassName("income-statement");
        if (organisationService
                .organisation(period.getYear())
                .activity(scopeCode)
                .isPresent()) {
            // a verksamhet's kostnadsslag opens its konton (the ledger's drill)
            grid.addClassName("drills-to-accounts");
            grid.addItemClickListener(e -> {
                if (e.getItem().level() == EconomyLine.Level.COST_TYPE
                        && e.getItem().children().isEmpty()) {
                    drillToAccounts(scopeCode, e.getItem().code());
                }
            });
        }
        live(() -> grid.show(
                statementLines(economy.incomeStatement(period, scopeCode)),
                // a year without any facts shows empty cells, not zeros
                economy.periods().contains(period.minusYears(1))
                        ? byCode(statementLines(economy.incomeStatement(period.minusYears(1), scopeCode)))
                        : null));
        String title = getTranslation("economy.incomeStatement.title", name, periodLabel());
        return section(title, grid, () -> grid.export(title));
    }

    private List<EconomyLine> statementLines(IncomeStatement statement) {
        return EconomyColumns.statementLines(statement, this::getTranslation);
    }

    private static Map<String, Figures> byCode(List<EconomyLine> lines) {
        return lines.stream()
                .flatMap(l -> java.util.stream.Stream.concat(java.util.stream.Stream.of(l), l.children().stream()))
                .collect(Collectors.toMap(EconomyLine::code, EconomyLine::figures));
    }

    private Component section(String titleOrKey, EconomyGrid grid, Supplier<ExportTable> export) {
        H2 title = new H2(titleOrKey.startsWith("economy.") ? getTranslation(titleOrKey) : titleOrKey);
        String fileName = "lagesbild-" + period() + (scope == null ? "" : "-" + scope);
        Div exports = new Div();
        ExportLinks.xlsxAndCsv(
                        getTranslation("economy.export.xlsx"), getTranslation("economy.export.csv"), fileName, export)
                .forEach(exports::add);
        exports.addClassName("export-actions");
        Div header = new Div(title, exports);
        header.addClassName("section-header");
        Div section = new Div(header, grid);
        section.addClassName("economy-section");
        return section;
    }

    private void renderBreadcrumb(EconomyReport report, EconomyLine drilled, Organisation organisation) {
        breadcrumb.removeAll();
        breadcrumb.setVisible(drilled != null && drilled.level() != EconomyLine.Level.COMMITTEE);
        if (!breadcrumb.isVisible()) {
            return;
        }
        breadcrumb.add(crumb(label(report.committee()), null));
        if (drilled.level() == EconomyLine.Level.ACTIVITY) {
            organisation
                    .activity(drilled.code())
                    .flatMap(a -> report.line(a.areaCode()))
                    .ifPresent(area -> breadcrumb.add(new Span("›"), crumb(label(area), area.code())));
        }
        Span current = new Span(label(drilled));
        current.getElement().setAttribute("aria-current", "page");
        breadcrumb.add(new Span("›"), current);
    }

    private Anchor crumb(String text, String code) {
        QueryParameters query = Periods.with(QueryParameters.of(Periods.PARAM, period().toString()), SCOPE, code);
        return new Anchor("ekonomi?" + query.getQueryString(), text);
    }

    private void drillToAccounts(String activityCode, String costTypeCode) {
        UI.getCurrent()
                .navigate(
                        SetupRoutes.ACCOUNTS,
                        QueryParameters.simple(Map.of(
                                SCOPE,
                                activityCode,
                                "kostnadsslag",
                                costTypeCode,
                                Periods.PARAM,
                                period().toString())));
    }

    private void drill(EconomyLine line) {
        if (line.level() != EconomyLine.Level.COMMITTEE) {
            drill(line.code());
        }
    }

    private void drill(String code) {
        UI.getCurrent()
                .navigate(
                        EconomyView.class,
                        Periods.with(QueryParameters.of(Periods.PARAM, period().toString()), SCOPE, code));
    }

    /** The report's labels: "Resultat ASN" for the nämnd, "Nettokostnad IFO" for an area. */
    String label(EconomyLine line) {
        return EconomyColumns.label(line, (key, code) -> getTranslation(key, code));
    }

    private String roundLabel(int month) {
        return Periods.label(YearMonth.of(period().getYear(), month), getLocale());
    }

    private static Div card(Component content) {
        Div card = new Div(content);
        card.addClassNames("card", "wide");
        return card;
    }
}
