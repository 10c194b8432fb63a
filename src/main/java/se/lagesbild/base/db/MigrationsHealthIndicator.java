package se.lagesbild.base.db;

import org.flywaydb.core.Flyway;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: every Flyway migration of this build is applied to the database (none pending, none
 * failed). A node whose schema is behind its code is not given users.
 */
@Component
class MigrationsHealthIndicator implements HealthIndicator {

    private final Flyway flyway;

    MigrationsHealthIndicator(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public Health health() {
        var info = flyway.info();
        int pending = info.pending().length;
        long failed = java.util.Arrays.stream(info.all())
                .filter(m -> m.getState().isFailed())
                .count();
        var current = info.current();
        return (pending == 0 && failed == 0 ? Health.up() : Health.down())
                .withDetail(
                        "version",
                        current == null ? "none" : current.getVersion().getVersion())
                .withDetail("pending", pending)
                .withDetail("failed", failed)
                .build();
    }
}
