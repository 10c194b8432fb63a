package se.lagesbild.kolada;

/** An organisational unit with values of its own in Kolada ({@code /ou}): a school, an enhet. */
public record OrganisationalUnit(String id, String title, String municipality) {}
