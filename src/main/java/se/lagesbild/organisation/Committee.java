package se.lagesbild.organisation;

/** Nämnd, e.g. ASN. */
public record Committee(String code, String name) {}
