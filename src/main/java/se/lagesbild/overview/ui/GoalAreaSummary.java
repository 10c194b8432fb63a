package se.lagesbild.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.AssessmentBadge;
import se.lagesbild.goals.GoalArea;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.goals.GreenShare;

/** The overview's card of goal areas: each area's colour and share of green enheter for a month. */
@org.springframework.stereotype.Component
public class GoalAreaSummary {

    private final GoalService goals;

    GoalAreaSummary(GoalService goals) {
        this.goals = goals;
    }

    /** The målområden of the period's year, with their figures: what {@link #card} shows. */
    public GoalYear year(YearMonth period) {
        return goals.year(period.getYear());
    }

    /** The målområden's bedömning in the period's month. */
    public Component card(GoalYear year, YearMonth period) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H2(card.getTranslation("overview.goals")));
        int month = period.getMonthValue();
        for (GoalArea area : year.areas()) {
            Div row = new Div();
            row.addClassName("goal-row");
            Span name = new Span(area.number() + ". " + area.shortName());
            name.addClassName("goal-name");
            row.add(name, new AssessmentBadge(year.areaAssessment(area.number(), month)));
            GreenShare share = year.share(area.number(), month);
            if (share != null) {
                Span detail = new Span(card.getTranslation(
                        "goals.share",
                        String.valueOf(share.green()),
                        String.valueOf(share.withOutcome()),
                        SwedishFormat.percent(share.percent(), 0)));
                detail.addClassName("figure-detail");
                row.add(detail);
            }
            year.reported(area.number(), month)
                    .filter(r -> year.differs(area.number(), month))
                    .ifPresent(r -> {
                        Span flag = new Span("⚑ "
                                + card.getTranslation(
                                        "goals.reportedDiffers",
                                        card.getTranslation(
                                                "assessment." + r.assessment().name())));
                        flag.addClassName("flag");
                        row.add(flag);
                    });
            card.add(row);
        }
        return card;
    }
}
