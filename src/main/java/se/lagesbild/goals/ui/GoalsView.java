package se.lagesbild.goals.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.Comments;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.SlidePins;
import se.lagesbild.base.ui.AssessmentBadge;
import se.lagesbild.base.ui.AssessmentHeatmap;
import se.lagesbild.base.ui.ChartTable;
import se.lagesbild.base.ui.Choices;
import se.lagesbild.base.ui.CommentPanel;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.base.ui.PinButton;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.goals.GoalArea;
import se.lagesbild.goals.GoalHistory;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.OrganisationService;

/**
 * Målbedömning ({@code /mal?period=2021-08&omrade=3&enhet=BUE}): goal areas × months, enheter × goal areas
 * for the month, and enheter × months for the chosen goal area. Clicking a cell (or Enter on it) drills to
 * the enhet's indicators of that month; the URL holds period, goal area and enhet, so back works. Refreshes
 * itself when an outcome or comment is saved anywhere.
 */
@PermitAll
@Route("mal")
class GoalsView extends PeriodView {

    static final String AREA = "omrade";
    static final String UNIT = "enhet";
    private static final int MAX_CHANGE_LINES = 5;

    private final GoalService goals;
    private final GoalHistory histories;
    private final OrganisationService organisation;
    private final Select<Integer> areaSelect = new Select<>();
    private final Div drill = new Div();

    /** The heatmap the drill was opened from: where focus goes back when it closes. */
    private enum DrilledFrom {
        UNITS_BY_AREA,
        UNITS_BY_MONTH
    }

    private DrilledFrom drilledFrom = DrilledFrom.UNITS_BY_MONTH;
    private final Div actions = new Div();
    private final Div charts = new Div();
    /** After a live change: which enheters' bedömningar changed, highlighted for a few seconds. */
    private final Div changes = new Div();
    /** The målområde's analysis, and the drilled enhet's in the målområde (where it reports). */
    private final CommentPanel areaComment;

    private final CommentPanel unitComment;

    private GoalYear shown;
    private int areaNumber = 1;
    private String unitCode;

    GoalsView(
            GoalService goals,
            GoalHistory histories,
            OrganisationService organisation,
            ChangeBroadcaster broadcaster,
            SlidePins pins,
            Comments comments) {
        super("goals.title", "goals-view", goals, broadcaster, Set.of(Topic.GOALS, Topic.COMMENTS));
        areaComment = new CommentPanel(comments);
        unitComment = new CommentPanel(comments);
        unitComment.addClassName("unit-comment");
        Div analysis = new Div(areaComment, unitComment);
        analysis.addClassNames("cards", "goal-analysis");
        this.goals = goals;
        this.histories = histories;
        this.organisation = organisation;
        Div legend = new Div();
        legend.addClassName("legend");
        legend.add(new Paragraph(getTranslation("goals.legend")));
        for (Assessment assessment :
                List.of(Assessment.GREEN, Assessment.YELLOW, Assessment.RED, Assessment.NO_OUTCOME)) {
            legend.add(new AssessmentBadge(assessment));
        }
        areaSelect.setLabel(getTranslation("goals.areaSelect"));
        areaSelect.addClassName("area-select");
        areaSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(period(), e.getValue(), unitCode);
            }
        });
        drill.addClassName("goal-drill");
        charts.addClassName("cards");
        changes.addClassName("goal-changes");
        changes.setVisible(false);
        PinButton pin = new PinButton(pins, SlidePins.Kind.GOALS, () -> String.valueOf(areaNumber));
        actions.add(areaSelect, pin);
        actions.addClassName("view-actions");
        add(legend, actions, changes, drill, analysis, charts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        areaNumber =
                parameters.getSingleParameter(AREA).flatMap(GoalsView::parseInt).orElse(1);
        unitCode = parameters
                .getSingleParameter(UNIT)
                .filter(code -> !code.isBlank())
                .orElse(null);
        super.beforeEnter(event);
    }

    @Override
    protected void render() {
        YearMonth period = period();
        GoalYear year = goals.year(period.getYear());
        showChanges(
                isLiveRefresh() && shown != null && shown.year() == year.year()
                        ? changedCells(shown, year)
                        : List.of());
        shown = year;
        charts.removeAll();
        drill.removeAll();
        // choosing or pinning a målområde needs one
        actions.setVisible(!year.areas().isEmpty());
        areaComment.setVisible(!year.areas().isEmpty());
        unitComment.setVisible(false);
        if (year.areas().isEmpty()) {
            charts.add(new SetupNotice(
                    getTranslation("goals.noGoals", String.valueOf(period.getYear())),
                    getTranslation("setup.link.goals"),
                    SetupRoutes.GOALS,
                    getTranslation("setup.link.gettingStarted"),
                    SetupRoutes.GETTING_STARTED));
            return;
        }
        if (year.areas().stream().noneMatch(a -> a.number() == areaNumber)) {
            areaNumber = year.areas().getFirst().number();
        }
        Choices.offer(
                areaSelect,
                year.areas().stream().map(GoalArea::number).toList(),
                n -> n + ". " + year.area(n).shortName());
        areaSelect.setValue(areaNumber);

        GoalHeatmaps heatmaps = new GoalHeatmaps(GoalHeatmaps.Texts.of(this, organisation));
        Chart areasByMonth = heatmaps.areasByMonth(year);
        areasByMonth.addClassName("heatmap-areas-months");
        areasByMonth.addPointClickListener(e -> {
            int[] cell = AssessmentHeatmap.cell(e.getItemIndex(), year.areas().size());
            show(
                    YearMonth.of(year.year(), cell[0] + 1),
                    year.areas().get(cell[1]).number(),
                    null);
        });
        Chart unitsByArea = heatmaps.unitsByArea(year, period.getMonthValue());
        unitsByArea.addClassName("heatmap-units-areas");
        unitsByArea.addPointClickListener(e -> {
            int[] cell =
                    AssessmentHeatmap.cell(e.getItemIndex(), year.unitCodes().size());
            drilledFrom = DrilledFrom.UNITS_BY_AREA;
            show(period, year.areas().get(cell[0]).number(), year.unitCodes().get(cell[1]));
        });
        Chart unitsByMonth = heatmaps.unitsByMonth(year, areaNumber);
        unitsByMonth.addClassName("heatmap-units-months");
        unitsByMonth.addPointClickListener(e -> {
            int[] cell =
                    AssessmentHeatmap.cell(e.getItemIndex(), year.unitCodes().size());
            drilledFrom = DrilledFrom.UNITS_BY_MONTH;
            show(
                    YearMonth.of(year.year(), cell[0] + 1),
                    areaNumber,
                    year.unitCodes().get(cell[1]));
        });
        charts.add(
                card(ChartTable.around(areasByMonth)),
                card(ChartTable.around(unitsByArea), submissions(year, period)),
                card(ChartTable.around(unitsByMonth)));
        GoalArea area = year.area(areaNumber);
        areaComment.show(
                new Comments.Subject(Comments.Kind.GOAL_AREA, String.valueOf(areaNumber)),
                period,
                area.number() + ". " + area.shortName());
        if (unitCode != null && !year.indicatorsOf(areaNumber, unitCode).isEmpty() && goals.mayReadDetails(unitCode)) {
            // the enhet's own analysis of its goals in the målområde, written by its enhetschef
            unitComment.setVisible(true);
            unitComment.show(
                    Comments.Subject.goalUnit(areaNumber, unitCode),
                    period,
                    area.number() + ". " + area.shortName() + " — " + unitName(unitCode));
        }
        boolean drilled = unitCode != null && year.unitCodes().contains(unitCode);
        if (drilled && !goals.mayReadDetails(unitCode)) {
            Paragraph denied = new Paragraph(getTranslation("security.denied"));
            denied.addClassName("drill-denied");
            drill.add(denied);
        } else if (drilled) {
            drill.add(new UnitMonthDrill(
                    goals,
                    histories,
                    year,
                    unitCode,
                    period,
                    GoalHeatmaps.Texts.of(this, organisation),
                    () -> show(period, areaNumber, null)));
        }
        // focus to the drill's heading, and back to the heatmap that opened it when it closes
        focusDrill(
                drilled ? unitCode : null,
                drill,
                drilledFrom == DrilledFrom.UNITS_BY_AREA ? unitsByArea : unitsByMonth);
    }

    /** "Barn- och ungdomsenheten, 3. Trygghet, augusti 2021: 🟡 Gul → 🟢 Grön" for every cell that changed. */
    private List<String> changedCells(GoalYear before, GoalYear after) {
        GoalHeatmaps.Texts texts = GoalHeatmaps.Texts.of(this, organisation);
        List<String> lines = new java.util.ArrayList<>();
        for (GoalArea area : after.areas()) {
            boolean known = before.areas().stream().anyMatch(a -> a.number() == area.number());
            for (String unit : after.unitCodes()) {
                for (int month = 1; month <= 12 && known && before.unitCodes().contains(unit); month++) {
                    Assessment old = before.unitAssessment(area.number(), unit, month);
                    Assessment now = after.unitAssessment(area.number(), unit, month);
                    if (old != now) {
                        lines.add(getTranslation(
                                "goals.changed.cell",
                                unitName(unit),
                                area.number() + ". " + area.shortName(),
                                Periods.label(YearMonth.of(after.year(), month), getLocale()),
                                AssessmentBadge.symbol(old) + " " + texts.word(old),
                                AssessmentBadge.symbol(now) + " " + texts.word(now)));
                    }
                }
            }
        }
        return lines;
    }

    private void showChanges(List<String> lines) {
        changes.removeAll();
        changes.setVisible(!lines.isEmpty());
        if (lines.isEmpty()) {
            return;
        }
        // a new element each time, so that the highlight's fade starts again
        Div marked = new Div(new Paragraph(getTranslation("goals.changed.title")));
        marked.addClassName("changed");
        UnorderedList list = new UnorderedList();
        lines.stream().limit(MAX_CHANGE_LINES).forEach(line -> list.add(new ListItem(line)));
        if (lines.size() > MAX_CHANGE_LINES) {
            list.add(new ListItem(getTranslation("goals.changed.more", lines.size() - MAX_CHANGE_LINES)));
        }
        marked.add(list);
        changes.add(marked);
    }

    /** Which enheter marked the month klar: the ledningsgrupp's list. */
    private Div submissions(GoalYear year, YearMonth period) {
        Div box = new Div();
        box.addClassName("goal-submissions");
        List<String> submitted = year.unitCodes().stream()
                .filter(u -> year.submission(u, period.getMonthValue()).isPresent())
                .toList();
        box.add(new H2(getTranslation(
                "goals.submitted.title",
                String.valueOf(submitted.size()),
                String.valueOf(year.unitCodes().size()))));
        UnorderedList list = new UnorderedList();
        for (String unit : year.unitCodes()) {
            boolean done = submitted.contains(unit);
            ListItem item = new ListItem((done ? "✓ " : "– ") + unitName(unit) + ": "
                    + getTranslation(done ? "goals.submitted.yes" : "goals.submitted.no"));
            item.addClassName(done ? "submitted" : "not-submitted");
            list.add(item);
        }
        box.add(list);
        return box;
    }

    /** Navigates within the view, so the URL holds what is shown and back returns to it. */
    private void show(YearMonth period, int area, String unit) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(Periods.PARAM, List.of(period.toString()));
        parameters.put(AREA, List.of(String.valueOf(area)));
        if (unit != null) {
            parameters.put(UNIT, List.of(unit));
        }
        UI.getCurrent().navigate(GoalsView.class, new QueryParameters(parameters));
    }

    private String unitName(String code) {
        return organisation.organisation().unit(code).map(u -> u.name()).orElse(code);
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Div card(com.vaadin.flow.component.Component... content) {
        Div card = new Div(content);
        card.addClassNames("card", "wide");
        return card;
    }
}
