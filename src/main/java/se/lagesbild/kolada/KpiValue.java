package se.lagesbild.kolada;

import java.math.BigDecimal;

/**
 * One value of a key figure: for a kommun (or region, riket) or an organisational unit, a year and
 * gender (T total, K women, M men).
 *
 * @param place the kommun's id, or the organisational unit's
 * @param value null where Kolada has none (its status may say why)
 */
public record KpiValue(String kpi, String place, int year, String gender, BigDecimal value, String status) {

    public static final String TOTAL = "T";
}
