package se.lagesbild.structure.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.TreeSet;
import se.lagesbild.organisation.PlanYear;
import se.lagesbild.structure.StructureService;

/**
 * The year a Struktur view shows and changes ({@code ?ar=2022} in the URL; default the newest year),
 * each with its state: "2022 (utkast)".
 */
class YearChoice extends Select<Integer> {

    static final String PARAM = "ar";

    private final StructureService service;

    YearChoice(StructureService service) {
        this.service = service;
        addClassName("structure-year");
        setLabel(getTranslation("structure.year"));
        setItemLabelGenerator(year -> year + " ("
                + getTranslation(service.yearState(year).labelKey()).toLowerCase(java.util.Locale.ROOT) + ")");
    }

    /** Fills the choices and chooses the URL's year, or the newest. */
    void choose(Location location) {
        List<String> asked = location.getQueryParameters().getParameters().getOrDefault(PARAM, List.of());
        Integer year = asked.isEmpty() ? null : parse(asked.getFirst());
        refresh(year);
    }

    /** Fills the choices anew (a year may have been opened) and chooses {@code year} (null: keep or newest). */
    void refresh(Integer year) {
        TreeSet<Integer> years =
                new TreeSet<>(service.years().stream().map(PlanYear::year).toList());
        int chosen = year != null
                ? year
                : getValue() != null
                        ? getValue()
                        : years.isEmpty() ? java.time.Year.now().getValue() : years.last();
        years.add(chosen);
        setItems(years.descendingSet());
        setValue(chosen);
    }

    private static Integer parse(String text) {
        try {
            int year = Integer.parseInt(text);
            return year >= 2000 && year <= 2099 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
