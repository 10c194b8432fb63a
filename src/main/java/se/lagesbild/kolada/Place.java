package se.lagesbild.kolada;

import java.util.List;

/**
 * What values can be about: a kommun, a region or riket, a group of kommuner (whose value is the
 * unweighted mean of its members', as Kolada's "ovägt medel"), or an organisational unit.
 *
 * @param type K kommun, L region, empty for riket; a unit's kommun
 * @param members a group's kommuner
 */
public record Place(String id, Kind kind, String title, String type, List<String> members) {

    public enum Kind {
        MUNICIPALITY,
        GROUP,
        UNIT
    }

    public Place {
        members = members == null ? List.of() : List.copyOf(members);
    }

    static Place of(Municipality municipality) {
        return new Place(municipality.id(), Kind.MUNICIPALITY, municipality.title(), municipality.type(), List.of());
    }

    static Place of(MunicipalityGroup group) {
        return new Place(group.id(), Kind.GROUP, group.title(), null, group.memberIds());
    }

    static Place of(OrganisationalUnit unit) {
        return new Place(unit.id(), Kind.UNIT, unit.title(), unit.municipality(), List.of());
    }
}
