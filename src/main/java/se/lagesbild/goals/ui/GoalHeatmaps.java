package se.lagesbild.goals.ui;

import com.vaadin.flow.component.charts.Chart;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.AssessmentHeatmap;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.goals.Direction;
import se.lagesbild.goals.GoalArea;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.goals.GreenShare;
import se.lagesbild.goals.Indicator;

/**
 * Builds the three målbedömning heatmaps of a {@link GoalYear}: goal areas × months, enheter × goal areas
 * for a month, and enheter × months for a goal area. Every cell carries symbol and word beside its
 * colour, ⚑ where a reported or manual colour differs, and a tooltip with outcome, target and the rule.
 * Free of any view, so the benchmark builds exactly what the view shows.
 */
final class GoalHeatmaps {

    /** The texts a heatmap needs: translations, the locale, and enheter's names. */
    record Texts(BiFunction<String, Object[], String> translate, Locale locale, Function<String, String> unitName) {

        String t(String key, Object... args) {
            return translate.apply(key, args);
        }

        String word(Assessment assessment) {
            return t("assessment." + assessment.name());
        }

        /** The texts of a view: its translations and locale, and the enheter's names. */
        static Texts of(
                com.vaadin.flow.component.Component view, se.lagesbild.organisation.OrganisationService organisation) {
            return new Texts(
                    view::getTranslation,
                    com.vaadin.flow.component.UI.getCurrent().getLocale(),
                    code -> organisation
                            .organisation()
                            .unit(code)
                            .map(u -> u.name())
                            .orElse(code));
        }
    }

    /**
     * At most this many indicator lines in a unit cell's tooltip, worst first (the drill shows them all):
     * four for enheter × goal areas, one for the twelve times larger enheter × months.
     */
    static final int TOOLTIP_INDICATORS = 4;

    static final int TOOLTIP_INDICATORS_BY_MONTH = 1;

    private final Texts texts;
    /** Per build: each indicator's tooltip line with markers for outcome and colour, and other fixed texts. */
    private final java.util.Map<Long, String> indicatorTemplates = new java.util.HashMap<>();

    private final java.util.Map<Integer, String> monthLabels = new java.util.HashMap<>();
    private final java.util.Map<Assessment, String> words = new java.util.EnumMap<>(Assessment.class);
    private final java.util.Map<String, String> unitNames = new java.util.HashMap<>();
    private final java.util.Map<String, String> cellLabels = new java.util.HashMap<>();
    private final java.util.Map<Integer, String> moreLines = new java.util.HashMap<>();
    private final java.util.Map<Assessment, String> manualLines = new java.util.EnumMap<>(Assessment.class);
    private final java.util.Map<Assessment, String> reportedLines = new java.util.EnumMap<>(Assessment.class);
    /** Formatted outcomes per unit of measure and value (the same few hundred values recur in every cell). */
    private final java.util.Map<se.lagesbild.goals.UnitOfMeasure, java.util.Map<BigDecimal, String>> outcomes =
            new java.util.EnumMap<>(se.lagesbild.goals.UnitOfMeasure.class);

    private String unitGoalRule;

    GoalHeatmaps(Texts texts) {
        this.texts = texts;
    }

    private String word(Assessment assessment) {
        return words.computeIfAbsent(assessment, texts::word);
    }

    private String unitName(String code) {
        return unitNames.computeIfAbsent(code, texts.unitName());
    }

    /** A cell's text, built once per colour and flag. */
    private String cellLabel(Assessment colour, boolean flagged) {
        return cellLabels.computeIfAbsent(
                colour.name() + flagged, k -> AssessmentHeatmap.label(colour, word(colour), flagged));
    }

    private String outcomeText(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return outcomes.computeIfAbsent(indicator.unitOfMeasure(), k -> new java.util.HashMap<>())
                .computeIfAbsent(value, v -> outcome(texts, indicator, v));
    }

    private String month(GoalYear year, int month) {
        return monthLabels.computeIfAbsent(
                year.year() * 100 + month, k -> Periods.label(YearMonth.of(year.year(), month), texts.locale()));
    }

    /** Heatmap 1: the förvaltning's colour per goal area and month, with its share "5 av 10". */
    Chart areasByMonth(GoalYear year) {
        List<GoalArea> areas = year.areas();
        Assessment[][] cells = new Assessment[12][areas.size()];
        String[][] labels = new String[12][areas.size()];
        String[][] tooltips = new String[12][areas.size()];
        for (int m = 1; m <= 12; m++) {
            for (int a = 0; a < areas.size(); a++) {
                GoalArea area = areas.get(a);
                Assessment colour = year.areaAssessment(area.number(), m);
                GreenShare share = year.share(area.number(), m);
                cells[m - 1][a] = colour;
                labels[m - 1][a] = AssessmentHeatmap.label(colour, texts.word(colour), year.differs(area.number(), m))
                        + (share == null
                                ? ""
                                : "\n"
                                        + texts.t(
                                                "goals.cell.share",
                                                String.valueOf(share.green()),
                                                String.valueOf(share.withOutcome())));
                tooltips[m - 1][a] = areaTooltip(year, area, m);
            }
        }
        return AssessmentHeatmap.create(
                texts.t("goals.heatmap.areasByMonth", String.valueOf(year.year())),
                List.of(Periods.shortMonths(texts.locale())),
                areas.stream().map(a -> a.number() + ". " + a.shortName()).toList(),
                cells,
                labels,
                tooltips);
    }

    /** Heatmap 2: each enhet's unit goal per goal area in a month; enheter that marked the month klar say so. */
    Chart unitsByArea(GoalYear year, int month) {
        List<GoalArea> areas = year.areas();
        List<String> units = year.unitCodes();
        Assessment[][] cells = new Assessment[areas.size()][units.size()];
        String[][] labels = new String[areas.size()][units.size()];
        String[][] tooltips = new String[areas.size()][units.size()];
        for (int a = 0; a < areas.size(); a++) {
            for (int u = 0; u < units.size(); u++) {
                fillUnitCell(
                        year, areas.get(a), units.get(u), month, cells, labels, tooltips, a, u, TOOLTIP_INDICATORS);
            }
        }
        List<String> rows = units.stream()
                .map(u -> year.submission(u, month).isPresent()
                        ? texts.t("goals.submittedRow", texts.unitName().apply(u))
                        : texts.unitName().apply(u))
                .toList();
        return AssessmentHeatmap.create(
                texts.t("goals.heatmap.unitsByArea", Periods.label(YearMonth.of(year.year(), month), texts.locale())),
                areas.stream().map(GoalArea::shortName).toList(),
                rows,
                cells,
                labels,
                tooltips);
    }

    /** Heatmap 3: each enhet's unit goal under one goal area, month by month. */
    Chart unitsByMonth(GoalYear year, int areaNumber) {
        GoalArea area = year.area(areaNumber);
        List<String> units = year.unitCodes();
        Assessment[][] cells = new Assessment[12][units.size()];
        String[][] labels = new String[12][units.size()];
        String[][] tooltips = new String[12][units.size()];
        for (int m = 1; m <= 12; m++) {
            for (int u = 0; u < units.size(); u++) {
                fillUnitCell(
                        year, area, units.get(u), m, cells, labels, tooltips, m - 1, u, TOOLTIP_INDICATORS_BY_MONTH);
            }
        }
        return AssessmentHeatmap.create(
                texts.t(
                        "goals.heatmap.unitsByMonth",
                        area.number() + ". " + area.shortName(),
                        String.valueOf(year.year())),
                List.of(Periods.shortMonths(texts.locale())),
                units.stream().map(texts.unitName()).toList(),
                cells,
                labels,
                tooltips);
    }

    private void fillUnitCell(
            GoalYear year,
            GoalArea area,
            String unit,
            int month,
            Assessment[][] cells,
            String[][] labels,
            String[][] tooltips,
            int x,
            int y,
            int maxIndicators) {
        Assessment colour = year.unitAssessment(area.number(), unit, month);
        cells[x][y] = colour;
        labels[x][y] = cellLabel(colour, year.unitDiffers(area.number(), unit, month));
        tooltips[x][y] = unitTooltip(year, area, unit, month, maxIndicators);
    }

    private String areaTooltip(GoalYear year, GoalArea area, int month) {
        StringBuilder text = new StringBuilder(area.shortName())
                .append(", ")
                .append(Periods.label(YearMonth.of(year.year(), month), texts.locale()))
                .append(": ")
                .append(texts.word(year.areaAssessment(area.number(), month)));
        GreenShare share = year.share(area.number(), month);
        if (share != null) {
            text.append('\n')
                    .append(texts.t(
                            "goals.tooltip.share",
                            String.valueOf(share.green()),
                            String.valueOf(share.withOutcome()),
                            SwedishFormat.percent(share.percent(), 0),
                            SwedishFormat.percent(area.targetShare(), 0),
                            SwedishFormat.percent(area.yellowThreshold(), 0)));
        }
        year.reported(area.number(), month)
                .ifPresent(r -> text.append('\n')
                        .append(texts.t("goals.tooltip.reported", texts.word(r.assessment())))
                        .append(r.share() == null ? "" : " (" + SwedishFormat.percent(r.share(), 0) + ")")
                        .append(year.differs(area.number(), month) ? " ⚑" : ""));
        return text.toString();
    }

    private String unitTooltip(GoalYear year, GoalArea area, String unit, int month, int maxIndicators) {
        StringBuilder text = new StringBuilder(unitName(unit))
                .append(", ")
                .append(area.shortName())
                .append(", ")
                .append(month(year, month))
                .append(": ")
                .append(word(year.unitAssessment(area.number(), unit, month)));
        List<Indicator> all = year.indicatorsOf(area.number(), unit);
        // Each indicator's month looked up once; the worst first where not all are shown (stable, as before).
        GoalYear.IndicatorAssessment[] assessments = new GoalYear.IndicatorAssessment[all.size()];
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < all.size(); i++) {
            assessments[i] = year.indicator(all.get(i).id(), month);
            order[i] = i;
        }
        if (all.size() > maxIndicators) {
            java.util.Arrays.sort(
                    order,
                    java.util.Comparator.comparingInt((Integer i) -> severity(assessments[i].effective()))
                            .reversed());
        }
        for (int shown = 0; shown < Math.min(maxIndicators, all.size()); shown++) {
            Indicator indicator = all.get(order[shown]);
            GoalYear.IndicatorAssessment assessment = assessments[order[shown]];
            String template = indicatorTemplates.computeIfAbsent(
                    indicator.id(),
                    id -> texts.t(
                            "goals.tooltip.indicator",
                            indicator.name(),
                            "\u0001",
                            outcome(texts, indicator, indicator.target()),
                            rule(texts, indicator),
                            "\u0002"));
            int outcomeAt = template.indexOf('\u0001');
            int colourAt = template.indexOf('\u0002');
            if (outcomeAt < 0 || colourAt < outcomeAt) { // a translation that orders them otherwise
                text.append('\n')
                        .append(template.replace("\u0001", outcomeText(indicator, assessment.outcome()))
                                .replace("\u0002", word(assessment.computed())));
            } else {
                text.append('\n')
                        .append(template, 0, outcomeAt)
                        .append(outcomeText(indicator, assessment.outcome()))
                        .append(template, outcomeAt + 1, colourAt)
                        .append(word(assessment.computed()))
                        .append(template, colourAt + 1, template.length());
            }
            if (assessment.manual() != null) {
                text.append("; ")
                        .append(manualLines.computeIfAbsent(
                                assessment.manual(), m -> texts.t("goals.tooltip.manual", word(m))))
                        .append(assessment.differs() ? " ⚑" : "");
            }
        }
        if (all.size() > maxIndicators) {
            text.append('\n')
                    .append(moreLines.computeIfAbsent(
                            all.size() - maxIndicators, more -> texts.t("goals.tooltip.more", String.valueOf(more))));
        }
        if (unitGoalRule == null) {
            unitGoalRule = texts.t("goals.rule.unitGoal");
        }
        text.append('\n').append(unitGoalRule);
        year.reportedUnit(area.number(), unit, month)
                .ifPresent(r -> text.append('\n')
                        .append(reportedLines.computeIfAbsent(
                                r.assessment(), a -> texts.t("goals.tooltip.reported", word(a)))));
        return text.toString();
    }

    private static int severity(Assessment assessment) {
        return assessment.hasOutcome() ? assessment.severity() : -1;
    }

    /** The direction and threshold an indicator is assessed by. */
    static String rule(Texts texts, Indicator indicator) {
        if (indicator.direction() == Direction.YES_NO) {
            return texts.t("goals.rule.yesNo");
        }
        return texts.t(
                "goals.rule.indicator",
                texts.t("goals.direction." + indicator.direction().name()),
                SwedishFormat.percent(indicator.yellowThreshold(), 0));
    }

    /** An outcome or target in its unit of measure: "92,5 %", "3", "Ja"; "–" when there is none. */
    static String outcome(Texts texts, Indicator indicator, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        int decimals = Math.max(0, Math.min(2, value.stripTrailingZeros().scale()));
        return switch (indicator.unitOfMeasure()) {
            case PERCENT -> SwedishFormat.percent(value, decimals);
            case COUNT -> SwedishFormat.rounded(value, decimals).toPlainString().replace('.', ',');
            case YES_NO -> texts.t(value.signum() == 0 ? "goals.no" : "goals.yes");
        };
    }

    /** The months' outcomes of an indicator, null where there is none (for the drill's series chart). */
    static List<Number> series(GoalYear year, Indicator indicator) {
        List<Number> values = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            values.add(year.indicator(indicator.id(), m).outcome());
        }
        return values;
    }
}
