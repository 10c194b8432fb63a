package se.lagesbild.report;

import java.util.ArrayList;
import java.util.List;
import se.lagesbild.base.export.ExportTable;

/**
 * The risks' matrix (sannolikhet × konsekvens, 1–5 each): which risks fall in a cell, and the level of
 * a riskvärde (1–6 low, 8–12 medium, 15–25 high), for every medium that draws it (PDF, DOCX, slides).
 * The risks' table has sannolikhet, konsekvens and riskvärde in its columns 1, 2 and 3.
 */
public final class RiskMatrix {

    public enum Level {
        LOW,
        MEDIUM,
        HIGH
    }

    private RiskMatrix() {}

    public static Level level(int riskValue) {
        return riskValue >= 15 ? Level.HIGH : riskValue >= 8 ? Level.MEDIUM : Level.LOW;
    }

    /** The numbers (1-based, in the table's order) of the risks in the cell. */
    public static List<Integer> risksIn(ExportTable risks, int probability, int consequence) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < risks.rows().size(); i++) {
            ExportTable.Row row = risks.rows().get(i);
            if (row.values().get(1) != null
                    && row.values().get(2) != null
                    && row.values().get(1).intValue() == probability
                    && row.values().get(2).intValue() == consequence) {
                in.add(i + 1);
            }
        }
        return in;
    }

    /** "R3, R5" for the risks in a cell, else the cell's riskvärde in brackets, e.g. "(12)". */
    public static String cellText(ExportTable risks, int probability, int consequence) {
        List<Integer> in = risksIn(risks, probability, consequence);
        return in.isEmpty()
                ? "(" + probability * consequence + ")"
                : String.join(", ", in.stream().map(n -> "R" + n).toList());
    }
}
