package se.lagesbild.kolada;

import java.util.List;

/** A group of kommuner as Kolada lists them ({@code /municipality_groups}): a kommungrupp, similar kommuner. */
public record MunicipalityGroup(String id, String title, List<Member> members) {

    public record Member(String id, String title) {}

    public List<String> memberIds() {
        return members == null ? List.of() : members.stream().map(Member::id).toList();
    }
}
