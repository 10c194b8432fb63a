package se.lagesbild.economy;

import java.util.List;

/** A line of an economy table: the nämnd, a verksamhetsområde, a verksamhet or a kostnadsslag. */
public record EconomyLine(Level level, String code, String name, Figures figures, List<EconomyLine> children) {

    public enum Level { COMMITTEE, AREA, ACTIVITY, COST_TYPE }

    public EconomyLine {
        children = List.copyOf(children);
    }
}
