package se.lagesbild.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.Checklist;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.DeviationChart;
import se.lagesbild.base.ui.LiveChart;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.economy.EconomyReport;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.Figures;
import se.lagesbild.gettingstarted.GettingStarted;
import se.lagesbild.investigations.InvestigationFigures;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.UnitFigures;
import se.lagesbild.investigations.Volumes;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.security.Access;

/**
 * The start view: the month's headline figures of economy, investigations and goals. Until Lägesbild
 * is set up, it leads with Kom igång: the checklist for those who set it up (admin, controller), a
 * sentence for the others; a card whose figures are missing says so and where they come from.
 */
@PermitAll
@Route("")
class OverviewView extends PeriodView {

    private final EconomyService economy;
    private final InvestigationService investigations;
    private final OrganisationService organisation;
    private final GoalAreaSummary goals;
    private final GettingStarted gettingStarted;
    private final boolean setsUp;
    private final Div cards = new Div();
    private EconomyReport report;

    OverviewView(
            EconomyService economy,
            InvestigationService investigations,
            OrganisationService organisation,
            GoalAreaSummary goals,
            GettingStarted gettingStarted,
            Access access,
            ChangeBroadcaster broadcaster) {
        super("overview.title", "overview-view", economy, broadcaster, Topic.FIGURES);
        this.economy = economy;
        this.investigations = investigations;
        this.organisation = organisation;
        this.goals = goals;
        this.gettingStarted = gettingStarted;
        String user = CurrentUser.name();
        this.setsUp = access.mayAdminister(user) || access.mayImport(user);
        cards.addClassName("cards");
        add(cards);
    }

    @Override
    protected void render() {
        YearMonth period = period();
        boolean organised = organisation.organisation().committee() != null;
        report = organised ? economy.report(period) : null;
        if (redrawnInPlace(organised + "/" + period)) {
            return;
        }
        cards.removeAll();
        Div gettingStartedCard = place();
        cards.add(gettingStartedCard);
        // once every step is done, the view does not ask again (it rebuilds only on navigation)
        if (setsUp && !gettingStarted.complete()) {
            live(gettingStarted::steps, steps -> replace(gettingStartedCard, gettingStartedCard(steps)));
        } else if (!organised) {
            gettingStartedCard.add(card("gettingStarted.title", null, notice("overview.notSetUp")));
        }
        if (!organised) {
            return;
        }
        Div economyCard = place();
        Div investigationsCard = place();
        Div goalsCard = place();
        live(
                () -> economy.periods().isEmpty() ? null : report,
                shown -> replace(
                        economyCard,
                        shown == null
                                ? card("overview.economy", null, notice("overview.economy.none", SetupRoutes.ECONOMY))
                                : economyCard(shown)));
        live(
                () -> new UnitsShown(investigations.figures(period), organisation.organisation()),
                shown -> replace(investigationsCard, investigationsCard(shown)));
        live(
                () -> goals.year(period),
                year -> replace(
                        goalsCard,
                        year.areas().isEmpty()
                                ? card(
                                        "overview.goals",
                                        null,
                                        notice(
                                                "overview.goals.none",
                                                SetupRoutes.GOALS,
                                                String.valueOf(period.getYear())))
                                : goals.card(year, period)));
        cards.add(economyCard, investigationsCard, goalsCard, chartCard());
    }

    /** Kom igång while a step is left, for those who set Lägesbild up; nothing once all are done. */
    private Component gettingStartedCard(List<GettingStarted.StepState> steps) {
        long done = steps.stream().filter(GettingStarted.StepState::done).count();
        if (done == steps.size()) {
            return new Div();
        }
        Checklist checklist = new Checklist();
        checklist.show(steps.stream()
                .map(s -> new Checklist.Item(
                        s.step().titleKey(), s.step().detailKey(), s.step().route(), s.done()))
                .toList());
        Div card = card(
                "gettingStarted.title",
                getTranslation("gettingStarted.progress", done, steps.size()),
                checklist,
                new Anchor(SetupRoutes.GETTING_STARTED, getTranslation("overview.gettingStarted.more")));
        card.addClassNames("wide", "getting-started-card");
        return card;
    }

    /** What a card says when its figures are missing: the sentence and the link to where they come from. */
    private SetupNotice notice(String key, String route, String... arguments) {
        return new SetupNotice(getTranslation(key, (Object[]) arguments), getTranslation(key + ".link"), route);
    }

    private SetupNotice notice(String key) {
        return new SetupNotice(getTranslation(key));
    }

    /** Where a card is drawn anew when its figures change. */
    private static Div place() {
        Div place = new Div();
        place.addClassName("card-place");
        return place;
    }

    private static void replace(Div place, Component card) {
        place.removeAll();
        place.add(card);
    }

    private Component economyCard(EconomyReport report) {
        Figures total = report.committee().figures();
        Div card = card("overview.economy", report.committee().name());
        if (total.deviationYear() != null) {
            card.add(figure(
                    "overview.economy.forecastDeviation",
                    SwedishFormat.mkr(total.deviationYear()),
                    getTranslation(
                            "overview.economy.ofBudget",
                            SwedishFormat.percent(total.deviationYearPercent(), 1),
                            Periods.label(YearMonth.of(period().getYear(), report.forecastRound()), getLocale())),
                    total.deviationYear()));
        }
        card.add(figure(
                "overview.economy.periodDeviation",
                SwedishFormat.mkr(total.deviation()),
                getTranslation("overview.economy.period", periodLabel()),
                total.deviation()));
        if (total.forecastChange() != null) {
            card.add(figure(
                    "overview.economy.forecastChange",
                    SwedishFormat.mkr(total.forecastChange()),
                    getTranslation(
                            "overview.economy.since",
                            Periods.label(YearMonth.of(period().getYear(), report.previousRound()), getLocale())),
                    total.forecastChange()));
        }
        return card;
    }

    /** What the investigations card shows: the enheter's figures, under their names. */
    private record UnitsShown(InvestigationFigures figures, Organisation organisation) {}

    private Component investigationsCard(UnitsShown shown) {
        Div card = card("overview.investigations", null);
        if (shown.figures().units().isEmpty()) {
            card.add(notice("overview.investigations.none", SetupRoutes.INVESTIGATIONS));
        }
        for (UnitFigures figures : shown.figures().units()) {
            String unitCode = figures.unitCode();
            String unitName =
                    shown.organisation().unit(unitCode).map(u -> u.name()).orElse(unitCode);
            Volumes now = figures.yearToDate();
            Volumes before = figures.previousYearToDate();
            Volumes month = figures.month(period().getMonthValue());
            Div unit = new Div();
            unit.addClassName("unit-figures");
            unit.add(new H2(unitName));
            unit.add(new Paragraph(getTranslation(
                    "overview.investigations.open",
                    SwedishFormat.integer(now.open()),
                    SwedishFormat.integer(before.open()),
                    SwedishFormat.signedPercent(Volumes.changePercent(now.open(), before.open()), 1),
                    String.valueOf(period().getYear() - 1))));
            if (month.lateSharePercent() != null) {
                String target =
                        figures.lateShareTarget() == null ? "–" : SwedishFormat.percent(figures.lateShareTarget(), 0);
                unit.add(new Paragraph(getTranslation(
                        "overview.investigations.late",
                        SwedishFormat.percent(month.lateSharePercent(), 0),
                        target,
                        SwedishFormat.integer(month.closedLate()),
                        SwedishFormat.integer(month.closed()))));
            }
            card.add(unit);
        }
        return card;
    }

    private Component chartCard() {
        Div card = card("overview.chart", null);
        card.addClassName("wide");
        LiveChart chart = new LiveChart(DeviationChart.CLASS_NAME);
        live(
                () -> report.activities().stream()
                        .map(l -> new DeviationChart.Bar(
                                l.code(), l.name(), l.figures().deviationYear()))
                        .toList(),
                activities -> chart.show(DeviationChart.configuration(
                        activities,
                        getTranslation("economy.chart.deviation.title"),
                        getTranslation("economy.chart.deviation.axis"))));
        card.add(chart);
        return card;
    }

    private Div card(String titleKey, String subtitle, Component... content) {
        Div card = new Div(new H2(getTranslation(titleKey)));
        card.addClassName("card");
        if (subtitle != null) {
            Span sub = new Span(subtitle);
            sub.addClassName("card-subtitle");
            card.add(sub);
        }
        card.add(content);
        return card;
    }

    private Component figure(String labelKey, String value, String detail, BigDecimal signed) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Span number = new Span(value);
        number.addClassName("figure-value");
        if (signed != null && SwedishFormat.wholeTkr(signed) < 0) {
            number.addClassName("negative");
        }
        Span small = new Span(detail);
        small.addClassName("figure-detail");
        Div figure = new Div(label, number, small);
        figure.addClassName("figure");
        return figure;
    }
}
