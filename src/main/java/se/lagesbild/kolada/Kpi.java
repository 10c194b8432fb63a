package se.lagesbild.kolada;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A key figure as Kolada describes it ({@code /kpi}).
 *
 * @param description Kolada's definition of the figure
 * @param operatingArea the verksamhet Kolada files it under
 * @param dividedByGender whether Kolada has values for women and men besides the total
 * @param hasOuData whether Kolada has values per organisational unit ({@code /oudata})
 */
public record Kpi(
        String id,
        String title,
        String description,
        @JsonProperty("operating_area") String operatingArea,
        @JsonProperty("is_divided_by_gender") boolean dividedByGender,
        @JsonProperty("has_ou_data") boolean hasOuData,
        @JsonProperty("municipality_type") String municipalityType) {

    /**
     * The unit, as Kolada writes it at the end of the title: "kr/inv" of "Kostnad missbrukarvård vuxna,
     * kr/inv", "%" of "…, andel (%)"; empty when the title says none.
     */
    public String unit() {
        int comma = title == null ? -1 : title.lastIndexOf(',');
        if (comma < 0) {
            return "";
        }
        String tail = title.substring(comma + 1).trim();
        int percent = tail.indexOf("(%)");
        return percent >= 0 ? "%" : tail;
    }
}
