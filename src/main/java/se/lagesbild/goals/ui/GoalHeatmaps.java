package se.lagesbild.goals.ui;

import com.vaadin.flow.component.charts.Chart;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.goals.Assessment;
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
        static Texts of(com.vaadin.flow.component.Component view,
                        se.lagesbild.organisation.OrganisationService organisation) {
            return new Texts(view::getTranslation, com.vaadin.flow.component.UI.getCurrent().getLocale(),
                    code -> organisation.organisation().unit(code).map(u -> u.name()).orElse(code));
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
    private String unitGoalRule;

    GoalHeatmaps(Texts texts) {
        this.texts = texts;
    }

    private String word(Assessment assessment) {
        return words.computeIfAbsent(assessment, texts::word);
    }

    private String month(GoalYear year, int month) {
        return monthLabels.computeIfAbsent(year.year() * 100 + month,
                k -> Periods.label(YearMonth.of(year.year(), month), texts.locale()));
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
                        + (share == null ? "" : "\n" + texts.t("goals.cell.share", String.valueOf(share.green()),
                        String.valueOf(share.withOutcome())));
                tooltips[m - 1][a] = areaTooltip(year, area, m);
            }
        }
        return AssessmentHeatmap.create(texts.t("goals.heatmap.areasByMonth", String.valueOf(year.year())),
                List.of(Periods.shortMonths(texts.locale())), areas.stream().map(a -> a.number() + ". " + a.shortName()).toList(),
                cells, labels, tooltips);
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
                fillUnitCell(year, areas.get(a), units.get(u), month, cells, labels, tooltips, a, u,
                        TOOLTIP_INDICATORS);
            }
        }
        List<String> rows = units.stream().map(u -> year.submission(u, month).isPresent()
                ? texts.t("goals.submittedRow", texts.unitName().apply(u)) : texts.unitName().apply(u)).toList();
        return AssessmentHeatmap.create(texts.t("goals.heatmap.unitsByArea",
                        Periods.label(YearMonth.of(year.year(), month), texts.locale())),
                areas.stream().map(GoalArea::shortName).toList(), rows, cells, labels, tooltips);
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
                fillUnitCell(year, area, units.get(u), m, cells, labels, tooltips, m - 1, u,
                        TOOLTIP_INDICATORS_BY_MONTH);
            }
        }
        return AssessmentHeatmap.create(texts.t("goals.heatmap.unitsByMonth", area.number() + ". " + area.shortName(),
                        String.valueOf(year.year())),
                List.of(Periods.shortMonths(texts.locale())), units.stream().map(texts.unitName()).toList(),
                cells, labels, tooltips);
    }

    private void fillUnitCell(GoalYear year, GoalArea area, String unit, int month, Assessment[][] cells,
                              String[][] labels, String[][] tooltips, int x, int y, int maxIndicators) {
        Assessment colour = year.unitAssessment(area.number(), unit, month);
        cells[x][y] = colour;
        labels[x][y] = AssessmentHeatmap.label(colour, word(colour), year.unitDiffers(area.number(), unit, month));
        tooltips[x][y] = unitTooltip(year, area, unit, month, maxIndicators);
    }

    private String areaTooltip(GoalYear year, GoalArea area, int month) {
        StringBuilder text = new StringBuilder(area.shortName()).append(", ")
                .append(Periods.label(YearMonth.of(year.year(), month), texts.locale())).append(": ")
                .append(texts.word(year.areaAssessment(area.number(), month)));
        GreenShare share = year.share(area.number(), month);
        if (share != null) {
            text.append('\n').append(texts.t("goals.tooltip.share", String.valueOf(share.green()),
                    String.valueOf(share.withOutcome()), SwedishFormat.percent(share.percent(), 0),
                    SwedishFormat.percent(area.targetShare(), 0), SwedishFormat.percent(area.yellowThreshold(), 0)));
        }
        year.reported(area.number(), month).ifPresent(r -> text.append('\n')
                .append(texts.t("goals.tooltip.reported", texts.word(r.assessment())))
                .append(r.share() == null ? "" : " (" + SwedishFormat.percent(r.share(), 0) + ")")
                .append(year.differs(area.number(), month) ? " ⚑" : ""));
        return text.toString();
    }

    private String unitTooltip(GoalYear year, GoalArea area, String unit, int month, int maxIndicators) {
        StringBuilder text = new StringBuilder(texts.unitName().apply(unit)).append(", ").append(area.shortName())
                .append(", ").append(month(year, month)).append(": ")
                .append(word(year.unitAssessment(area.number(), unit, month)));
        List<Indicator> indicators = year.indicatorsOf(area.number(), unit);
        if (indicators.size() > maxIndicators) {
            indicators = indicators.stream().sorted(java.util.Comparator.comparingInt(
                    (Indicator i) -> severity(year.indicator(i.id(), month).effective())).reversed()).toList();
        }
        for (Indicator indicator : indicators.subList(0, Math.min(maxIndicators, indicators.size()))) {
            GoalYear.IndicatorAssessment assessment = year.indicator(indicator.id(), month);
            String template = indicatorTemplates.computeIfAbsent(indicator.id(), id -> texts.t("goals.tooltip.indicator",
                    indicator.name(), "\u0001", outcome(texts, indicator, indicator.target()), rule(texts, indicator), "\u0002"));
            text.append('\n').append(template.replace("\u0001", outcome(texts, indicator, assessment.outcome()))
                    .replace("\u0002", word(assessment.computed())));
            if (assessment.manual() != null) {
                text.append("; ").append(texts.t("goals.tooltip.manual", word(assessment.manual())))
                        .append(assessment.differs() ? " ⚑" : "");
            }
        }
        if (indicators.size() > maxIndicators) {
            text.append('\n').append(texts.t("goals.tooltip.more", String.valueOf(indicators.size() - maxIndicators)));
        }
        if (unitGoalRule == null) {
            unitGoalRule = texts.t("goals.rule.unitGoal");
        }
        text.append('\n').append(unitGoalRule);
        year.reportedUnit(area.number(), unit, month).ifPresent(r -> text.append('\n')
                .append(texts.t("goals.tooltip.reported", word(r.assessment()))));
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
        return texts.t("goals.rule.indicator", texts.t("goals.direction." + indicator.direction().name()),
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
