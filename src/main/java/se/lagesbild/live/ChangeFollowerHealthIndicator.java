package se.lagesbild.live;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: the node's change-log follower has read the log within {@code lagesbild.live.max-follower-lag}
 * (LAGESBILD_LIVE_MAX_FOLLOWER_LAG, default 30 s; it reads every 250 ms). A node whose follower cannot
 * read shows stale figures, so the load balancer sends new users elsewhere until it reads again.
 */
@Component
class ChangeFollowerHealthIndicator implements HealthIndicator {

    private final ChangeBroadcaster broadcaster;
    private final Duration maxLag;

    ChangeFollowerHealthIndicator(ChangeBroadcaster broadcaster, LiveSettings settings) {
        this.broadcaster = broadcaster;
        this.maxLag = settings.maxFollowerLag();
    }

    @Override
    public Health health() {
        return broadcaster
                .lag()
                .map(lag -> (lag.compareTo(maxLag) <= 0 ? Health.up() : Health.down())
                        .withDetail("lagMillis", lag.toMillis())
                        .withDetail("maxLagMillis", maxLag.toMillis())
                        .build())
                .orElseGet(() ->
                        Health.down().withDetail("follower", "not running").build());
    }
}
