package se.lagesbild.report;

/** A cell whose figure changed since a frozen version: where, and old → new as printed. */
public record CellChange(String section, String row, String column, String before, String after) {}
