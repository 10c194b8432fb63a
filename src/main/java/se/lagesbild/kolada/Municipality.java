package se.lagesbild.kolada;

/**
 * A kommun, region or the whole country as Kolada lists them ({@code /municipality}).
 *
 * @param type K kommun, L region (landsting), empty for riket
 */
public record Municipality(String id, String title, String type) {

    /** Kolada's id of the whole country. */
    public static final String RIKET = "0000";
}
