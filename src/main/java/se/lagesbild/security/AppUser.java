package se.lagesbild.security;

import java.util.Set;

/** A user: roles, and for an enhetschef the enheter they answer for. A deactivated user is kept, never deleted. */
public record AppUser(
        long id,
        String username,
        String displayName,
        String email,
        boolean active,
        boolean demoPassword,
        Set<Role> roles,
        Set<String> units) {

    public AppUser {
        roles = Set.copyOf(roles);
        units = Set.copyOf(units);
    }

    public boolean has(Role role) {
        return active && roles.contains(role);
    }

    /** Whether this user answers for the enhet as its enhetschef (null, all enheter: no). */
    public boolean isChiefOf(String unitCode) {
        return unitCode != null && has(Role.ENHETSCHEF) && units.contains(unitCode);
    }
}
