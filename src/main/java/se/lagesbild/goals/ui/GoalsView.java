package se.lagesbild.goals.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.goals.Assessment;
import se.lagesbild.goals.GoalArea;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.goals.GreenShare;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.OrganisationService;

/** Målbedömning: goal areas × months, and enheter × goal areas for the chosen month. */
@Route("mal")
class GoalsView extends PeriodView {

    private final GoalService goals;
    private final OrganisationService organisation;
    private final Div charts = new Div();

    GoalsView(GoalService goals, OrganisationService organisation, ChangeBroadcaster broadcaster) {
        super("goals.title", "goals-view", broadcaster, Set.of(Topic.GOALS));
        this.goals = goals;
        this.organisation = organisation;
        Div legend = new Div();
        legend.addClassName("legend");
        legend.add(new Paragraph(getTranslation("goals.legend")));
        for (Assessment assessment : List.of(Assessment.GREEN, Assessment.YELLOW, Assessment.RED, Assessment.NO_OUTCOME)) {
            legend.add(new AssessmentBadge(assessment));
        }
        charts.addClassName("cards");
        add(legend, charts);
    }

    @Override
    protected Optional<YearMonth> latestPeriod() {
        return goals.latestPeriod();
    }

    @Override
    protected List<YearMonth> periods() {
        return goals.periods();
    }

    @Override
    protected void render() {
        YearMonth period = period();
        GoalYear year = goals.year(period.getYear());
        charts.removeAll();
        charts.add(card(areasByMonth(year)), card(unitsByArea(year)));
    }

    private com.vaadin.flow.component.charts.Chart areasByMonth(GoalYear year) {
        List<String> months = List.of(Periods.shortMonths(getLocale()));
        List<GoalArea> areas = year.areas();
        Assessment[][] cells = new Assessment[12][areas.size()];
        String[][] tooltips = new String[12][areas.size()];
        boolean[][] flagged = new boolean[12][areas.size()];
        for (int m = 1; m <= 12; m++) {
            for (int a = 0; a < areas.size(); a++) {
                GoalArea area = areas.get(a);
                int month = m;
                cells[m - 1][a] = year.areaAssessment(area.number(), month);
                flagged[m - 1][a] = year.differs(area.number(), month);
                GreenShare share = year.share(area.number(), month);
                String text = area.shortName() + ", " + Periods.label(YearMonth.of(year.year(), month), getLocale()) + ": "
                        + label(cells[m - 1][a]);
                if (share != null) {
                    text += "\n" + getTranslation("goals.tooltip.share", String.valueOf(share.green()),
                            String.valueOf(share.withOutcome()), SwedishFormat.percent(share.percent(), 0),
                            SwedishFormat.percent(area.targetShare(), 0),
                            SwedishFormat.percent(area.yellowThreshold(), 0));
                }
                String reported = year.reported(area.number(), month)
                        .map(r -> "\n" + getTranslation("goals.tooltip.reported", label(r.assessment()))
                                + (r.share() == null ? "" : " (" + SwedishFormat.percent(r.share(), 0) + ")"))
                        .orElse("");
                tooltips[m - 1][a] = text + reported;
            }
        }
        return AssessmentHeatmap.create(getTranslation("goals.heatmap.areasByMonth", String.valueOf(year.year())),
                months, areas.stream().map(a -> a.number() + ". " + a.shortName()).toList(), cells, tooltips, flagged,
                this::label);
    }

    private com.vaadin.flow.component.charts.Chart unitsByArea(GoalYear year) {
        List<GoalArea> areas = year.areas();
        List<String> units = year.unitCodes();
        YearMonth period = period();
        int month = period.getMonthValue();
        Assessment[][] cells = new Assessment[areas.size()][units.size()];
        String[][] tooltips = new String[areas.size()][units.size()];
        boolean[][] flagged = new boolean[areas.size()][units.size()];
        for (int a = 0; a < areas.size(); a++) {
            for (int u = 0; u < units.size(); u++) {
                cells[a][u] = year.unitAssessment(areas.get(a).number(), units.get(u), month);
                tooltips[a][u] = unitName(units.get(u)) + ", " + areas.get(a).shortName() + ": " + label(cells[a][u]);
            }
        }
        return AssessmentHeatmap.create(getTranslation("goals.heatmap.unitsByArea", Periods.label(period, getLocale())),
                areas.stream().map(GoalArea::shortName).toList(), units.stream().map(this::unitName).toList(),
                cells, tooltips, flagged, this::label);
    }

    private String unitName(String code) {
        return organisation.organisation().unit(code).map(u -> u.name()).orElse(code);
    }

    private String label(Assessment assessment) {
        return getTranslation("assessment." + assessment.name());
    }

    private static Div card(com.vaadin.flow.component.Component content) {
        Div card = new Div(content);
        card.addClassNames("card", "wide");
        return card;
    }
}
