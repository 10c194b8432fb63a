package se.lagesbild.investigations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import se.lagesbild.base.Comments;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.SlidePins;
import se.lagesbild.base.ui.ChangeMarks;
import se.lagesbild.base.ui.Choices;
import se.lagesbild.base.ui.CommentPanel;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.base.ui.PinButton;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.investigations.InvestigationFigures;
import se.lagesbild.investigations.InvestigationImport;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.Measure;
import se.lagesbild.investigations.UnitFigures;
import se.lagesbild.investigations.Volumes;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.OrganisationService;

/**
 * Utredningsvolymer and sena utredningar with the definitions beside the figures: the enheter's
 * figures for the period, one enhet's (or all enheters') months beside last year's, the late share
 * against the target, an enheter × months overview, and a drill to the cases behind any figure
 * ({@code ?period=2021-08&enhet=BUE&manad=2021-08&mått=sena}; {@code manad} may also be a run of
 * months, {@code 2021-01..2021-08}). What is missing (no enheter, no cases) it says, and a change of the
 * organisation updates that on screen like a new case export.
 */
@PermitAll
@Route("utredningar")
class InvestigationsView extends PeriodView implements InvestigationsScope {

    static final String UNIT = "enhet";
    static final String MONTHS = "manad";
    static final String MEASURE = "mått";

    /** One enhet's row in the enheter grid, with its analysis of the period (null: none). */
    record UnitRow(String unitCode, String unitName, UnitFigures figures, String comment) {}

    private final InvestigationService investigations;
    private final InvestigationImport importer;
    private final OrganisationService organisation;
    private final Select<String> unitSelect = new Select<>();
    private final Select<OverviewSection.OverviewMeasure> overviewMeasure = new Select<>();
    private final Div content = new Div();
    private final Div missing = new Div();
    private String unit;
    private YearMonth drillFrom;
    private YearMonth drillTo;
    private Measure drillMeasure;
    private InvestigationFigures figures;
    private final ChangeMarks marks = new ChangeMarks();
    private final CommentPanel commentPanel;
    private final Comments comments;

    InvestigationsView(
            InvestigationService investigations,
            InvestigationImport importer,
            OrganisationService organisation,
            ChangeBroadcaster broadcaster,
            SlidePins pins,
            Comments comments) {
        super(
                "investigations.title",
                "investigations-view",
                investigations,
                broadcaster,
                Set.of(Topic.INVESTIGATIONS, Topic.ORGANISATION, Topic.COMMENTS));
        this.commentPanel = new CommentPanel(comments);
        this.comments = comments;
        this.investigations = investigations;
        this.importer = importer;
        this.organisation = organisation;
        Paragraph definitions = new Paragraph(getTranslation("investigations.definitions"));
        definitions.addClassName("definitions");
        unitSelect.setLabel(getTranslation("investigations.unit.select"));
        unitSelect.addClassName("unit-select");
        unitSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(Objects.equals(e.getValue(), "") ? null : e.getValue(), null, null, null);
            }
        });
        overviewMeasure.setLabel(getTranslation("investigations.overview.measure"));
        overviewMeasure.setItems(OverviewSection.OverviewMeasure.values());
        overviewMeasure.setItemLabelGenerator(m -> getTranslation("investigations.measure." + m.name()));
        overviewMeasure.setValue(OverviewSection.OverviewMeasure.OPEN);
        overviewMeasure.addValueChangeListener(e -> render());
        Button importButton = new Button(
                getTranslation("investigations.import.button"), e -> new InvestigationImportDialog(importer).open());
        importButton.addClassName("import-button");
        importButton.setVisible(importer.mayImport(CurrentUser.name()));
        PinButton pin = new PinButton(pins, SlidePins.Kind.INVESTIGATIONS, () -> unit);
        pin.addClassName("unit-pin");
        Div actions = new Div(unitSelect, importButton, pin);
        actions.addClassName("investigations-actions");
        content.addClassName("investigations-content");
        content.setWidthFull();
        missing.addClassName("investigations-missing");
        add(definitions, actions, missing, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        unit = query.getSingleParameter(UNIT).filter(s -> !s.isBlank()).orElse(null);
        drillMeasure =
                query.getSingleParameter(MEASURE).flatMap(Measure::fromSlug).orElse(null);
        drillFrom = null;
        drillTo = null;
        query.getSingleParameter(MONTHS).ifPresent(text -> {
            String[] parts = text.split("\\.\\.");
            drillFrom = Periods.parse(parts[0]).orElse(null);
            drillTo = parts.length > 1 ? Periods.parse(parts[1]).orElse(null) : drillFrom;
        });
        if (drillFrom == null || drillTo == null || drillTo.isBefore(drillFrom)) {
            drillMeasure = null;
        }
        super.beforeEnter(event);
    }

    @Override
    protected void render() {
        YearMonth period = period();
        figures = investigations.figures(period);
        showMissing();
        marks.begin(isLiveRefresh());
        List<String> units = new ArrayList<>(List.of(""));
        figures.units().forEach(u -> units.add(u.unitCode()));
        if (unit != null && !units.contains(unit)) {
            units.add(unit);
        }
        Choices.offer(
                unitSelect, units, code -> code.isEmpty() ? getTranslation("investigations.unit.all") : unitName(code));
        unitSelect.setValue(unit == null ? "" : unit);
        if (redrawnInPlace(period + "/" + unit + "/" + drillFrom + "/" + drillTo + "/" + drillMeasure + "/"
                + overviewMeasure.getValue())) {
            return;
        }
        content.removeAll();
        Component drill = null;
        if (drillMeasure != null) {
            drill = CaseDrill.create(this, investigations, drillMeasure, drillFrom, drillTo);
            content.add(drill);
        }
        // focus to the cases' heading; back to the view's heading when the drill closes
        focusDrill(drill == null ? null : unit + "/" + drillMeasure + "/" + drillFrom + "/" + drillTo, drill, null);
        content.add(UnitsSection.create(this));
        if (unit != null) {
            // the enhet's analysis beside its figures
            String shown = unit;
            content.add(commentPanel);
            live(() -> commentPanel.show(new Comments.Subject(Comments.Kind.UNIT, shown), period(), unitName(shown)));
        }
        content.add(
                VolumesSection.create(this),
                LateShareChart.create(this),
                OverviewSection.create(this, overviewMeasure));
    }

    /**
     * Without enheter, where to set them up; without cases, how the case export is imported (the figures
     * below are then empty, not an error).
     */
    private void showMissing() {
        missing.removeAll();
        if (organisation.organisation().units().isEmpty()) {
            missing.add(new SetupNotice(
                    getTranslation("investigations.missing.units"),
                    getTranslation("setup.link.organisation"),
                    SetupRoutes.ORGANISATION,
                    getTranslation("setup.link.gettingStarted"),
                    SetupRoutes.GETTING_STARTED));
        } else if (investigations.latestPeriod().isEmpty()) {
            missing.add(new SetupNotice(
                    getTranslation("investigations.missing.cases"),
                    getTranslation("setup.link.gettingStarted"),
                    SetupRoutes.GETTING_STARTED));
        }
    }

    @Override
    public List<UnitRow> unitRows() {
        Map<Comments.Subject, Comments.Comment> analysis = comments.current(period());
        List<UnitRow> rows = new ArrayList<>(figures.units().stream()
                .map(f -> new UnitRow(
                        f.unitCode(),
                        unitName(f.unitCode()),
                        f,
                        java.util.Optional.ofNullable(
                                        analysis.get(new Comments.Subject(Comments.Kind.UNIT, f.unitCode())))
                                .map(Comments.Comment::body)
                                .orElse(null)))
                .toList());
        if (rows.size() > 1) {
            rows.add(new UnitRow(null, getTranslation("investigations.unit.all"), figures.total(), null));
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------ what the sections read

    @Override
    public YearMonth period() {
        return super.period();
    }

    @Override
    public String periodLabel() {
        return super.periodLabel();
    }

    @Override
    public void live(Runnable update) {
        super.live(update);
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public InvestigationFigures figures() {
        return figures;
    }

    @Override
    public ChangeMarks marks() {
        return marks;
    }

    @Override
    public java.util.Locale locale() {
        return getLocale();
    }

    @Override
    public void go(String unitCode, YearMonth from, YearMonth to, Measure measure) {
        UI.getCurrent().navigate(InvestigationsView.class, query(unitCode, from, to, measure));
    }

    @Override
    public QueryParameters query(String unitCode, YearMonth from, YearMonth to, Measure measure) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(Periods.PARAM, List.of(period().toString()));
        if (unitCode != null) {
            map.put(UNIT, List.of(unitCode));
        }
        if (measure != null) {
            map.put(MONTHS, List.of(from.equals(to) ? from.toString() : from + ".." + to));
            map.put(MEASURE, List.of(measure.slug()));
        }
        return new QueryParameters(map);
    }

    @Override
    public <T> void number(
            Grid<T> grid, Function<T, String> rowKey, String key, String header, Function<T, String> text) {
        marks.mark(
                grid.addColumn(text::apply)
                        .setHeader(header.startsWith("investigations.") ? grid.getTranslation(header) : header)
                        .setKey(key)
                        .setTextAlign(ColumnTextAlign.END)
                        .setWidth("7rem")
                        .setFlexGrow(1),
                rowKey,
                text);
    }

    @Override
    public String unitName(String code) {
        return code == null
                ? getTranslation("investigations.unit.all")
                : organisation.organisation().unit(code).map(u -> u.name()).orElse(code);
    }

    @Override
    public String monthName(YearMonth month) {
        return java.time.format.DateTimeFormatter.ofPattern("LLLL", getLocale()).format(month);
    }

    static UnitFigures empty(String unitCode) {
        List<Volumes> zeros = java.util.Collections.nCopies(12, Volumes.ZERO);
        return new UnitFigures(unitCode, zeros, zeros, Volumes.ZERO, Volumes.ZERO, 0, null);
    }

    static Div section(H2 title, Component actions, Component... body) {
        Div header = actions == null ? new Div(title) : new Div(title, actions);
        header.addClassName("section-header");
        Div section = new Div(header);
        section.add(body);
        section.addClassName("investigations-section");
        section.setWidthFull();
        return section;
    }

    static Div card(Component content) {
        Div card = new Div(content);
        card.addClassNames("card", "wide");
        card.setWidthFull();
        return card;
    }

    /** "31 augusti 2021". */
    static final class LocalDateLabel {
        private LocalDateLabel() {}

        static String of(LocalDate day, java.util.Locale locale) {
            return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                    .format(day);
        }
    }
}
