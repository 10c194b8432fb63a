package se.lagesbild.organisation;

/** Kostnadsslag, a node in a tree: facts are booked on leaves, groups sum their children. */
public record CostType(String code, String parentCode, String name, int sortOrder, boolean income) {}
