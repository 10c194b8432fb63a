package se.lagesbild.economy.imports;

import java.math.BigDecimal;

/**
 * What importing one row of a file does to the stored facts: adds its key, corrects its amount or
 * leaves it unchanged. {@code month} is the month (utfall) or forecast round (prognos), null for a
 * budget row; {@code before} is the current amount (a budget's current year total), null when new.
 */
public record RowChange(
        int row,
        Change change,
        int year,
        Integer month,
        String activity,
        String costType,
        BigDecimal before,
        BigDecimal after) {

    public enum Change {
        ADDED,
        CORRECTED,
        UNCHANGED
    }
}
