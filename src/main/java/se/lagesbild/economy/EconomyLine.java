package se.lagesbild.economy;

import java.util.List;

/** A line of an economy table: the nämnd, a verksamhetsområde, a verksamhet or a kostnadsslag. */
public record EconomyLine(Level level, String code, String name, Figures figures, List<EconomyLine> children) {

    /** COST_TYPE lines may have children (a group); SUM is a computed line such as "Summa kostnader". */
    public enum Level {
        COMMITTEE,
        AREA,
        ACTIVITY,
        COST_TYPE,
        SUM
    }

    public EconomyLine {
        children = List.copyOf(children);
    }
}
