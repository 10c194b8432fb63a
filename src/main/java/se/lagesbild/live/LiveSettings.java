package se.lagesbild.live;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The change-log follower's settings ({@code lagesbild.live.*}), checked at start (docs/configuration.md).
 *
 * @param pollMillis how often the change-log follower reads the log, ms
 * @param maxFollowerLag readiness is down when the follower has not read the log for this long
 */
@Validated
@ConfigurationProperties("lagesbild.live")
public record LiveSettings(
        @DefaultValue("250") @Min(10) long pollMillis,
        @DefaultValue("30s") @NotNull Duration maxFollowerLag) {}
