package se.lagesbild.security;

import java.time.Instant;

/** One audit record: who, when, what kind, for which enhet and period, what, old → new. */
public record AuditEvent(
        long id,
        Instant at,
        String username,
        AuditKind kind,
        String unitCode,
        String period,
        String what,
        String oldValue,
        String newValue) {}
