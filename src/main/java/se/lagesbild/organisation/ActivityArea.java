package se.lagesbild.organisation;

/** Verksamhetsområde, e.g. IFO or CAI, under the nämnd. */
public record ActivityArea(String code, String committeeCode, String name, int sortOrder) {}
