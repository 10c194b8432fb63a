package se.lagesbild.organisation;

/** A year and its state (draft, published, locked). */
public record PlanYear(int year, YearState state) {}
