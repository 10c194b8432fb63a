package se.lagesbild.economy;

/** The three kinds of economic fact, each in its own append-only table. */
public enum FactKind {
    /** Utfall booked in one month. */
    ACTUAL("actual_fact", "month"),
    /** Budget for one month (the monthly profile; the year's budget is their sum). */
    BUDGET("budget_fact", "month"),
    /** Full-year prognos made in one forecast round (month). */
    FORECAST("forecast_fact", "round_month");

    final String table;
    final String monthColumn;

    FactKind(String table, String monthColumn) {
        this.table = table;
        this.monthColumn = monthColumn;
    }
}
