package se.lagesbild.organisation;

/** Verksamhet: a budget line such as Barn- och ungdomsvård; may exist only some years. */
public record Activity(String code, String areaCode, String name, int sortOrder, Integer firstYear, Integer lastYear) {

    public boolean existsIn(int year) {
        return (firstYear == null || firstYear <= year) && (lastYear == null || lastYear >= year);
    }
}
