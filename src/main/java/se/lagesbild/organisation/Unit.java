package se.lagesbild.organisation;

/** Enhet: an organisational unit of the förvaltning. */
public record Unit(String code, String administrationCode, String name, int sortOrder, boolean active) {}
