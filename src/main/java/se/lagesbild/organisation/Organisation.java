package se.lagesbild.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The budget hierarchy, the units and the cost types, as one immutable snapshot. */
public record Organisation(
        Committee committee,
        List<ActivityArea> areas,
        List<Activity> activities,
        List<Unit> units,
        List<CostType> costTypes) {

    public Organisation {
        areas = List.copyOf(areas);
        activities = List.copyOf(activities);
        units = List.copyOf(units);
        costTypes = List.copyOf(costTypes);
    }

    public List<Activity> activitiesOf(String areaCode, int year) {
        return activities.stream()
                .filter(a -> a.areaCode().equals(areaCode) && a.existsIn(year))
                .toList();
    }

    public Optional<Activity> activity(String code) {
        return activities.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<ActivityArea> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public List<CostType> childrenOf(String costTypeCode) {
        return costTypes.stream()
                .filter(c -> java.util.Objects.equals(c.parentCode(), costTypeCode))
                .toList();
    }

    public boolean isLeaf(String costTypeCode) {
        return childrenOf(costTypeCode).isEmpty();
    }

    public Map<String, CostType> costTypesByCode() {
        return costTypes.stream().collect(Collectors.toMap(CostType::code, Function.identity()));
    }
}
