package se.lagesbild.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.lagesbild.base.Assessment;
import se.lagesbild.goals.AssessmentRule;
import se.lagesbild.goals.Direction;
import se.lagesbild.goals.GreenShare;
import se.lagesbild.goals.Thresholds;
import se.lagesbild.goals.UnitOfMeasure;

/**
 * Deterministic demo data for goal attainment (målbedömning) 2020–2021, built around the reference report
 * Delårsrapport 2 2021.
 *
 * <p>Every unit goal's colour per month is laid down in a pattern below; the generator picks, for every
 * indicator and month, an outcome that the single {@link AssessmentRule} turns into exactly that colour
 * (the unit goal being the worst of its indicators). It then checks, and throws
 * {@link IllegalStateException} otherwise, that:
 * <ul>
 *   <li>August 2021 reproduces the report's colour for every enhet and goal area
 *       ({@code unit_goal_assessment.csv}), Vuxenenheten having no outcome at all for Kvalitet;</li>
 *   <li>every month January–July 2021 the goal area's green share, assessed against 60 % with a 10 %
 *       threshold, is the colour the report printed ({@code goal_monthly.csv});</li>
 *   <li>August 2021 keeps the report's own inconsistencies: Medarbetare 5 of 10 green (computed Röd, reported
 *       Gul), Kvalitet 6 of 9 with outcome (Grön), Leverans 5 of 10 (computed Röd, reported Grön), Ekonomi
 *       3 of 10 (Röd);</li>
 *   <li>there is no outcome after August 2021 (Inget utfall, never red), every outcome is valid for its
 *       unit of measure, and a unit goal changes colour only a few times a year.</li>
 * </ul>
 * The same instance is produced on every call of {@link #generate()}; all collections are immutable.
 *
 * @param goalAreas the four målområden per year
 * @param units the ten enheter, in the report's order
 * @param unitGoals one enhetsmål per year × goal area × enhet
 * @param indicators one or two indicators per unit goal
 * @param outcomes monthly outcomes; a month without an entry has no outcome (Inget utfall)
 * @param reportedAreaColours the goal-area colours (and share) the report printed, January–August 2021
 */
public record DemoGoals(
        List<GoalArea> goalAreas,
        List<GoalUnit> units,
        List<UnitGoal> unitGoals,
        List<Indicator> indicators,
        List<Outcome> outcomes,
        List<ReportedAreaColour> reportedAreaColours) {

    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2021;
    /** The last month with outcomes: the reference report's period end. */
    public static final int LAST_OUTCOME_YEAR = 2021;

    public static final int LAST_OUTCOME_MONTH = 8;

    /**
     * A målområde for one year, with the förvaltning's indicator: the share of enheter that reached their unit
     * goal, against {@code targetSharePercent}.
     *
     * @param unitGoalText the goal under the area as the report words it (column {@code unit_goal})
     * @param indicatorName the förvaltning's indicator for the area (column {@code indicator})
     */
    public record GoalArea(
            int year,
            int number,
            String shortName,
            String title,
            String unitGoalText,
            String indicatorName,
            BigDecimal targetSharePercent,
            Thresholds thresholds) {}

    /** An enhet, by the code and canonical name of {@code unit_goal_assessment.csv}. */
    public record GoalUnit(String code, String name, int sortOrder) {}

    /** An enhetsmål: the goal of one enhet under one goal area and year. */
    public record UnitGoal(int year, int areaNumber, String unitCode, String description) {}

    /** An indicator of a unit goal, with its target and thresholds for the year. */
    public record Indicator(
            int year,
            int areaNumber,
            String unitCode,
            int sortOrder,
            String name,
            Direction direction,
            UnitOfMeasure unitOfMeasure,
            BigDecimal target,
            Thresholds thresholds) {

        /** The assessment of an outcome (null: none) of this indicator. */
        public Assessment assess(BigDecimal outcome) {
            return AssessmentRule.assess(outcome, target, direction, thresholds);
        }

        boolean belongsTo(int year, int areaNumber, String unitCode) {
            return this.year == year && this.areaNumber == areaNumber && this.unitCode.equals(unitCode);
        }
    }

    /** The outcome of one indicator (by year, area, enhet and sort order) in one month. */
    public record Outcome(
            int year, int month, int areaNumber, String unitCode, int indicatorSortOrder, BigDecimal value) {

        boolean isOf(Indicator indicator) {
            return year == indicator.year()
                    && areaNumber == indicator.areaNumber()
                    && unitCode.equals(indicator.unitCode())
                    && indicatorSortOrder == indicator.sortOrder();
        }
    }

    /**
     * A goal area's colour as the report printed it for a month, and the share it printed when it did
     * (August 2021 only; {@code null} otherwise). Kept beside the computed colour, to flag differences.
     */
    public record ReportedAreaColour(
            int year, int month, int areaNumber, Assessment reported, BigDecimal reportedSharePercent) {}

    public DemoGoals {
        goalAreas = List.copyOf(goalAreas);
        units = List.copyOf(units);
        unitGoals = List.copyOf(unitGoals);
        indicators = List.copyOf(indicators);
        outcomes = List.copyOf(outcomes);
        reportedAreaColours = List.copyOf(reportedAreaColours);
    }

    // ------------------------------------------------------------------------------------------ queries

    public GoalArea goalArea(int year, int number) {
        return goalAreas.stream()
                .filter(a -> a.year() == year && a.number() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No goal area " + number + " in " + year));
    }

    /** The indicators of one unit goal, in sort order. */
    public List<Indicator> indicatorsOf(int year, int areaNumber, String unitCode) {
        return indicators.stream()
                .filter(i -> i.belongsTo(year, areaNumber, unitCode))
                .toList();
    }

    /** The outcome of an indicator in a month of its year, if there is one. */
    public Optional<BigDecimal> outcome(Indicator indicator, int month) {
        return outcomes.stream()
                .filter(o -> o.month() == month && o.isOf(indicator))
                .map(Outcome::value)
                .findFirst();
    }

    /** The computed assessment of a unit goal in a month: the worst of its indicators with an outcome. */
    public Assessment unitGoalAssessment(int year, int areaNumber, String unitCode, int month) {
        List<Assessment> assessments = new ArrayList<>();
        for (Indicator indicator : indicatorsOf(year, areaNumber, unitCode)) {
            assessments.add(indicator.assess(outcome(indicator, month).orElse(null)));
        }
        return AssessmentRule.unitGoal(assessments);
    }

    /** The green share of a goal area in a month, over all enheter. */
    public GreenShare greenShare(int year, int areaNumber, int month) {
        List<Assessment> assessments = new ArrayList<>();
        for (GoalUnit unit : units) {
            assessments.add(unitGoalAssessment(year, areaNumber, unit.code(), month));
        }
        return GreenShare.of(assessments);
    }

    /** The computed assessment of a goal area in a month: its green share against the area's target. */
    public Assessment areaAssessment(int year, int areaNumber, int month) {
        GoalArea area = goalArea(year, areaNumber);
        return greenShare(year, areaNumber, month).assess(area.targetSharePercent(), area.thresholds());
    }

    /** What the report printed for a goal area and month, if it printed anything. */
    public Optional<ReportedAreaColour> reported(int year, int areaNumber, int month) {
        return reportedAreaColours.stream()
                .filter(r -> r.year() == year && r.areaNumber() == areaNumber && r.month() == month)
                .findFirst();
    }

    /** The unit goal's colour the report printed for an enhet in August 2021 ({@code unit_goal_assessment.csv}). */
    public static Assessment reportedUnitColourAugust2021(int areaNumber, GoalUnit unit) {
        return colour(REFERENCE_AUGUST_2021[areaNumber - 1].charAt(unit.sortOrder() - 1));
    }

    // ------------------------------------------------------------------------------------------ fixed data

    private static final BigDecimal TARGET_SHARE = BigDecimal.valueOf(60);

    static final String[][] AREAS = {
        // short name, title, unit goal text, indicator name (goal_areas.csv)
        {
            "Medarbetare",
            "Motiverade medarbetare hos Sveriges bästa offentliga arbetsgivare",
            "Motiverade och kompetenta medarbetare med fokus på medborgarna",
            "Andel uppnådda enhetsmål - kompetensutveckling och motivationsindex"
        },
        {
            "Kvalitet",
            "Kvalitetsförbättringar skapar vi tillsammans, hela tiden",
            "Ständiga förbättringar och verksamhet av god kvalitet säkerställer att medborgarna ges rätt stöd i rätt tid",
            "Andel uppnådda enhetsmål - systematisk kvalitetsuppföljning"
        },
        {
            "Leverans",
            "Tyresö kommun levererar bra välfärdstjänster som skapar goda livsvillkor – här finns plats för alla",
            "Vuxna och barn ska få stöd till en förbättrad livssituation, ökad självständighet och goda livsvillkor"
                    + " för att motverka och förebygga kriminalitet, våld och utanförskap",
            "Andel uppnådda enhetsmål – individuell stegförflyttning och förbättrad samverkan"
        },
        {
            "Ekonomi",
            "Hållbar ekonomi – kostnadseffektiv, balanserad och cirkulär",
            "Verksamheterna ska använda resurser så effektivt som möjligt för att skapa största möjliga nytta nu"
                    + " och i framtiden",
            "Andelen uppnådda enhetsmål- resurseffektivitet"
        },
    };

    private static final String[] UNIT_GOAL_DESCRIPTIONS = {
        "Enhetens medarbetare har rätt kompetens, en god arbetsmiljö och en låg sjukfrånvaro",
        "Enheten följer systematiskt upp och förbättrar kvaliteten i sitt arbete",
        "Enhetens insatser ges i rätt tid och leder till stegförflyttning och bättre samverkan för den enskilde",
        "Enheten använder sina resurser effektivt och håller given budgetram",
    };

    private static final List<GoalUnit> UNITS = List.of(
            new GoalUnit("BUE", "Barn- och ungdomsenheten", 1),
            new GoalUnit("CAI", "Centrum för arbete och integration", 2),
            new GoalUnit("ERM", "Enheten för relationsvård och mottagning barn och unga", 3),
            new GoalUnit("FVE", "Familjevårdsenheten med familjerätt", 4),
            new GoalUnit("FSE", "Försörjningsstödsenheten", 5),
            new GoalUnit("HSB", "Hästskons stöd- och boendeenhet", 6),
            new GoalUnit("RE", "Resursenheten", 7),
            new GoalUnit("ESP", "Enheten för socialpsykiatri", 8),
            new GoalUnit("VE", "Vuxenenheten", 9),
            new GoalUnit("FS", "Förvaltningsstöd", 10));

    /** An indicator template: target and the range of realistic outcomes, stepped by {@code step}. */
    private record Spec(
            String name,
            Direction direction,
            UnitOfMeasure unit,
            String target,
            String lowest,
            String highest,
            String step) {

        boolean canBe(Assessment colour) {
            return !candidates(colour).isEmpty();
        }

        /** All realistic outcomes, stepped, that the rule assesses as {@code colour}, ascending. */
        List<BigDecimal> candidates(Assessment colour) {
            return CANDIDATES
                    .computeIfAbsent(this, spec -> new ConcurrentHashMap<>())
                    .computeIfAbsent(colour, c -> enumerate(this, c));
        }
    }

    private static Spec percentHigher(String name, String target, String lowest) {
        return new Spec(name, Direction.HIGHER_IS_BETTER, UnitOfMeasure.PERCENT, target, lowest, "100.0", "0.1");
    }

    private static Spec yesNo(String name) {
        return new Spec(name, Direction.YES_NO, UnitOfMeasure.YES_NO, "1", "0", "1", "1");
    }

    // Medarbetare
    private static final Spec SKILLS_PLAN =
            percentHigher("Kompetensutvecklingsplan upprättad (andel medarbetare)", "90.0", "60.0");
    private static final Spec SICK_LEAVE =
            new Spec("Sjukfrånvaro", Direction.LOWER_IS_BETTER, UnitOfMeasure.PERCENT, "6.0", "2.5", "10.0", "0.1");
    private static final Spec APPRAISALS =
            percentHigher("Medarbetarsamtal genomförda (andel medarbetare)", "95.0", "70.0");
    private static final Spec STAFF_MEETING = yesNo("Arbetsplatsträff genomförd under månaden");
    // Kvalitet
    private static final Spec SELF_CHECKS = percentHigher("Egenkontroller genomförda enligt plan", "95.0", "60.0");
    private static final Spec DEVIATIONS =
            percentHigher("Avvikelser återkopplade inom 30 dagar (andel)", "85.0", "55.0");
    private static final Spec RECORD_AUDIT = yesNo("Journalgranskning genomförd enligt plan");
    private static final Spec LATE_COMPLAINTS = new Spec(
            "Klagomål besvarade senare än 14 dagar (antal)",
            Direction.LOWER_IS_BETTER,
            UnitOfMeasure.COUNT,
            "0",
            "0",
            "4",
            "1");
    private static final Spec REGISTRATION =
            percentHigher("Handlingar diarieförda inom två arbetsdagar (andel)", "95.0", "70.0");
    // Leverans
    private static final Spec INVESTIGATIONS =
            percentHigher("Andel utredningar klara inom fyra månader", "90.0", "40.0");
    private static final Spec ASSESSMENTS =
            percentHigher("Förhandsbedömningar klara inom 14 dagar (andel)", "95.0", "60.0");
    private static final Spec TO_WORK = new Spec(
            "Deltagare som påbörjat arbete eller studier (antal)",
            Direction.HIGHER_IS_BETTER,
            UnitOfMeasure.COUNT,
            "15",
            "5",
            "25",
            "1");
    private static final Spec DECISIONS =
            percentHigher("Ansökningar om ekonomiskt bistånd beslutade inom tio arbetsdagar (andel)", "90.0", "55.0");
    private static final Spec CARE_PLANS =
            percentHigher("Brukare med aktuell genomförandeplan (andel)", "90.0", "55.0");
    private static final Spec SIP =
            percentHigher("Samordnade individuella planer (SIP) upprättade inom 30 dagar (andel)", "80.0", "40.0");
    private static final Spec DISPATCH =
            percentHigher("Nämndärenden expedierade inom fem arbetsdagar (andel)", "95.0", "70.0");
    // Ekonomi
    private static final Spec BUDGET_DEVIATION = new Spec(
            "Budgetavvikelse enheten (underskott i % av budget)",
            Direction.LOWER_IS_BETTER, UnitOfMeasure.PERCENT, "2.00", "0.00", "6.00", "0.01");
    private static final Spec IN_BALANCE = yesNo("Ekonomi i balans");
    private static final Spec INVOICES = percentHigher("Fakturor attesterade i tid (andel)", "95.0", "70.0");
    private static final Spec CARE_DAYS = new Spec(
            "Köpta vårddygn HVB (antal)", Direction.LOWER_IS_BETTER, UnitOfMeasure.COUNT, "450", "300", "600", "1");

    /**
     * The indicators of every unit goal per area (index area − 1), in sort order, the same both years. The
     * first indicator that can take the unit goal's colour carries it; the others are green, or yellow when
     * the unit goal is red.
     */
    private static final List<Map<String, List<Spec>>> INDICATORS_BY_AREA = List.of(
            Map.of(
                    "BUE",
                    List.of(SICK_LEAVE, SKILLS_PLAN),
                    "CAI",
                    List.of(SICK_LEAVE),
                    "ERM",
                    List.of(SKILLS_PLAN, SICK_LEAVE),
                    "FVE",
                    List.of(APPRAISALS),
                    "FSE",
                    List.of(SICK_LEAVE, STAFF_MEETING),
                    "HSB",
                    List.of(SKILLS_PLAN, SICK_LEAVE),
                    "RE",
                    List.of(SICK_LEAVE, STAFF_MEETING),
                    "ESP",
                    List.of(SKILLS_PLAN),
                    "VE",
                    List.of(SICK_LEAVE, APPRAISALS),
                    "FS",
                    List.of(SKILLS_PLAN)),
            Map.of(
                    "BUE",
                    List.of(SELF_CHECKS, RECORD_AUDIT),
                    "CAI",
                    List.of(DEVIATIONS),
                    "ERM",
                    List.of(SELF_CHECKS),
                    "FVE",
                    List.of(SELF_CHECKS, LATE_COMPLAINTS),
                    "FSE",
                    List.of(DEVIATIONS, RECORD_AUDIT),
                    "HSB",
                    List.of(SELF_CHECKS, DEVIATIONS),
                    "RE",
                    List.of(SELF_CHECKS),
                    "ESP",
                    List.of(DEVIATIONS, LATE_COMPLAINTS),
                    "VE",
                    List.of(SELF_CHECKS),
                    "FS",
                    List.of(REGISTRATION)),
            Map.of(
                    "BUE",
                    List.of(INVESTIGATIONS, SIP),
                    "CAI",
                    List.of(TO_WORK),
                    "ERM",
                    List.of(ASSESSMENTS),
                    "FVE",
                    List.of(INVESTIGATIONS),
                    "FSE",
                    List.of(DECISIONS),
                    "HSB",
                    List.of(CARE_PLANS, SIP),
                    "RE",
                    List.of(CARE_PLANS),
                    "ESP",
                    List.of(CARE_PLANS, SIP),
                    "VE",
                    List.of(INVESTIGATIONS, SIP),
                    "FS",
                    List.of(DISPATCH)),
            Map.of(
                    "BUE",
                    List.of(BUDGET_DEVIATION, CARE_DAYS),
                    "CAI",
                    List.of(BUDGET_DEVIATION),
                    "ERM",
                    List.of(BUDGET_DEVIATION, INVOICES),
                    "FVE",
                    List.of(BUDGET_DEVIATION),
                    "FSE",
                    List.of(BUDGET_DEVIATION),
                    "HSB",
                    List.of(IN_BALANCE),
                    "RE",
                    List.of(IN_BALANCE, INVOICES),
                    "ESP",
                    List.of(IN_BALANCE),
                    "VE",
                    List.of(CARE_DAYS, BUDGET_DEVIATION),
                    "FS",
                    List.of(INVOICES, IN_BALANCE)));

    /*
     * The colour of every unit goal per month, January–December: G Grön, Y Gul, R Röd, N Inget utfall.
     * Rows in the order of UNITS: BUE, CAI, ERM, FVE, FSE, HSB, RE, ESP, VE, FS.
     *
     * 2021 reproduces the report. Yellow goal-area months need 5 green of 9 enheter with an outcome (5 of 10
     * is 50 %, red), so in each of them exactly one enhet has no outcome. 2020 is synthetic: sick leave
     * rises in the spring (covid-19), many enheter report nothing in July, and December leads into
     * January 2021.
     */
    static final Map<Integer, List<String[]>> PATTERNS = Map.of(
            2020,
                    List.of(
                            new String[] { // 1 Medarbetare
                                "GGRRYGNGGGGG", "YYRRRYNYYYYY", "GGYRYYYYYYYY", "GGYYGGNGGGGG", "YYRRRRNRRRRR",
                                "YYYYGGGGGGGG", "GGGYGGGGGGGG", "GGRYGGNGGGGG", "YYRRYYYYYYYY", "GGGGGGNGYYYY"
                            },
                            new String[] { // 2 Kvalitet
                                "GGGGGGNGGGGG", "GGYYGGNGGGGG", "YYYYYYNYYYYY", "GGGGGGGGGGGG", "YYYRRRNRRRRR",
                                "GGGGGGGGGGGG", "GGGGGGNGGGGG", "YYYYYYNGGGGG", "YYYYYYNYYRRR", "YYYYYYNYYYYY"
                            },
                            new String[] { // 3 Leverans
                                "GGGYRRNRYYYY", "GGYRRRNYYGGG", "YYYYYYNYYYYY", "GGGGGGNGGGGG", "RRRRRRNRRRRR",
                                "GGGGGGGGGGGG", "YYYYYYNYYYYY", "GGGGGGNGGGGG", "RRRRRRNRRRRR", "GGGGGGNGGGGG"
                            },
                            new String[] { // 4 Ekonomi
                                "GGGGGGGGGGGG", "GGYYRRNRYYGG", "YYYYYYNYYYYY", "GGGYYYNYYYYY", "YYRRRRNRRRYY",
                                "GGGGGGGGGGGG", "GGGGGGNGGGGG", "GGGGGGNGGGGG", "YYYYYYNYYYYY", "GGGGGGNGGGGG"
                            }),
            2021,
                    List.of(
                            new String[] { // 1 Medarbetare: FS measures from May, CAI reports nothing May–July
                                "GGGGGGGGNNNN", "YYYYNNNYNNNN", "YYYYYYYYNNNN", "GGGYYYYYNNNN", "RRYYYYYYNNNN",
                                "GGGGGGGGNNNN", "GGGGGGGGNNNN", "GGGGGGGGNNNN", "YYYGGGGGNNNN", "NNNNYYYYNNNN"
                            },
                            new String[] { // 2 Kvalitet: Vuxenenheten reports no outcome all year
                                "GGGGGGGGNNNN", "GYYYYYYYNNNN", "YYYYYYYGNNNN", "GGGYYRRRNNNN", "RRYYYYYYNNNN",
                                "GGGGGGGGNNNN", "GGGGGGGGNNNN", "YYGGGGGGNNNN", "NNNNNNNNNNNN", "YYYYGGGGNNNN"
                            },
                            new String[] { // 3 Leverans: ERM measures from May, RE reports nothing in July
                                "YYYYYYYYNNNN", "GGGGGGGGNNNN", "NNNNYYYYNNNN", "GGGGGGGGNNNN", "RRYYYYYYNNNN",
                                "GGGGGGGGNNNN", "YYYYGGNYNNNN", "GGGGGGGGNNNN", "RRRYYYYYNNNN", "GGGGGGGGNNNN"
                            },
                            new String[] { // 4 Ekonomi: Vuxenenheten reports nothing in February
                                "GGYYYYYYNNNN", "GYYYYYYYNNNN", "YYYYYYYYNNNN", "YYYYYYYYNNNN", "YYRRRRYYNNNN",
                                "GGGGGGGGNNNN", "GGGGGGGGNNNN", "GGGGGGGGNNNN", "YNYYYYYYNNNN", "GGGYYYYYNNNN"
                            }));

    // ------------------------------------------------------------------------------------------ the reference

    /** August 2021 per area, enheter in the order of UNITS (unit_goal_assessment.csv). */
    static final String[] REFERENCE_AUGUST_2021 = {"GYYYYGGGGY", "GYGRYGGGNG", "YGYGYGYGYG", "YYYYYGGGYY"};
    /** The goal-area colours the report printed, January–August 2021 (goal_monthly.csv). */
    private static final String[] REPORTED_MONTHLY_2021 = {"YYYYYYYY", "YRYRYYYG", "YYYYGGYG", "GYRRRRRR"};
    /** The shares the report printed for August 2021 (goal_areas.csv). */
    private static final int[] REPORTED_SHARE_AUGUST_2021 = {50, 60, 60, 30};
    /** What the units' colours give in August 2021: green, with outcome, total, colour. */
    static final int[][] COMPUTED_AUGUST_2021 = {{5, 10, 10}, {6, 9, 10}, {5, 10, 10}, {3, 10, 10}};

    static final String COMPUTED_AUGUST_2021_COLOURS = "RGRR";
    /** At most this many colour changes per unit goal and year (months without outcome skipped). */
    static final int MAX_CHANGES_PER_YEAR = 4;

    // ------------------------------------------------------------------------------------------ generation

    /** Builds the demo data. Deterministic: every call returns an equal instance. */
    public static DemoGoals generate() {
        List<GoalArea> goalAreas = new ArrayList<>();
        List<UnitGoal> unitGoals = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (int area = 1; area <= AREAS.length; area++) {
                String[] text = AREAS[area - 1];
                goalAreas.add(
                        new GoalArea(year, area, text[0], text[1], text[2], text[3], TARGET_SHARE, Thresholds.DEFAULT));
                String[] patterns = PATTERNS.get(year).get(area - 1);
                for (GoalUnit unit : UNITS) {
                    unitGoals.add(new UnitGoal(year, area, unit.code(), UNIT_GOAL_DESCRIPTIONS[area - 1]));
                    List<Spec> specs = INDICATORS_BY_AREA.get(area - 1).get(unit.code());
                    List<Indicator> goalIndicators = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        Spec spec = specs.get(i);
                        goalIndicators.add(new Indicator(
                                year,
                                area,
                                unit.code(),
                                i + 1,
                                spec.name(),
                                spec.direction(),
                                spec.unit(),
                                new BigDecimal(spec.target()),
                                Thresholds.DEFAULT));
                    }
                    indicators.addAll(goalIndicators);
                    String pattern = patterns[unit.sortOrder() - 1];
                    for (int month = 1; month <= 12; month++) {
                        Assessment colour = colour(pattern.charAt(month - 1));
                        outcomes.addAll(outcomesFor(specs, goalIndicators, month, colour));
                    }
                }
            }
        }
        List<ReportedAreaColour> reported = new ArrayList<>();
        for (int area = 1; area <= AREAS.length; area++) {
            for (int month = 1; month <= LAST_OUTCOME_MONTH; month++) {
                BigDecimal share =
                        month == LAST_OUTCOME_MONTH ? BigDecimal.valueOf(REPORTED_SHARE_AUGUST_2021[area - 1]) : null;
                reported.add(new ReportedAreaColour(
                        2021, month, area, colour(REPORTED_MONTHLY_2021[area - 1].charAt(month - 1)), share));
            }
        }
        return new DemoGoals(goalAreas, UNITS, unitGoals, indicators, outcomes, reported);
    }

    /** The outcomes of one unit goal in one month that give it {@code colour}. */
    private static List<Outcome> outcomesFor(
            List<Spec> specs, List<Indicator> indicators, int month, Assessment colour) {
        if (colour == Assessment.NO_OUTCOME) {
            return List.of();
        }
        int carrier = -1;
        for (int i = 0; i < specs.size() && carrier < 0; i++) {
            if (specs.get(i).canBe(colour)) {
                carrier = i;
            }
        }
        if (carrier < 0) {
            throw new IllegalStateException("No indicator can be " + colour + ": " + indicators.getFirst());
        }
        List<Outcome> result = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            Assessment indicatorColour;
            if (i == carrier) {
                indicatorColour = colour;
            } else if (colour == Assessment.RED && spec.canBe(Assessment.YELLOW)) {
                indicatorColour = Assessment.YELLOW;
            } else {
                indicatorColour = Assessment.GREEN;
            }
            Indicator indicator = indicators.get(i);
            BigDecimal value = pick(spec.candidates(indicatorColour), indicator, month);
            result.add(new Outcome(
                    indicator.year(),
                    month,
                    indicator.areaNumber(),
                    indicator.unitCode(),
                    indicator.sortOrder(),
                    value));
        }
        return result;
    }

    /** Candidate outcomes per spec and colour; pure functions of the spec, so caching keeps determinism. */
    private static final Map<Spec, Map<Assessment, List<BigDecimal>>> CANDIDATES = new ConcurrentHashMap<>();

    private static List<BigDecimal> enumerate(Spec spec, Assessment colour) {
        BigDecimal target = new BigDecimal(spec.target());
        BigDecimal step = new BigDecimal(spec.step());
        BigDecimal highest = new BigDecimal(spec.highest());
        List<BigDecimal> result = new ArrayList<>();
        for (BigDecimal value = new BigDecimal(spec.lowest()); value.compareTo(highest) <= 0; value = value.add(step)) {
            if (spec.unit().accepts(value)
                    && AssessmentRule.assess(value, target, spec.direction(), Thresholds.DEFAULT) == colour) {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }

    /**
     * Picks one candidate, deterministically: the position in the band follows a triangle wave over the
     * months, with a phase per indicator, so outcomes drift smoothly instead of jumping.
     */
    private static BigDecimal pick(List<BigDecimal> candidates, Indicator indicator, int month) {
        if (candidates.isEmpty()) {
            throw new IllegalStateException("No realistic outcome for " + indicator);
        }
        String key = indicator.unitCode() + "/" + indicator.areaNumber() + "/" + indicator.sortOrder();
        int phase = Math.floorMod(key.hashCode() * 31 + 17, 200);
        int monthIndex = (indicator.year() - FIRST_YEAR) * 12 + month - 1;
        int position = (phase + 11 * monthIndex) % 200;
        int triangle = position <= 100 ? position : 200 - position;
        return candidates.get(triangle * (candidates.size() - 1) / 100);
    }

    static Assessment colour(char letter) {
        return switch (letter) {
            case 'G' -> Assessment.GREEN;
            case 'Y' -> Assessment.YELLOW;
            case 'R' -> Assessment.RED;
            case 'N' -> Assessment.NO_OUTCOME;
            default -> throw new IllegalStateException("Unknown colour letter: " + letter);
        };
    }
}
