package se.lagesbild.live;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Presence's settings ("3 tittar nu", {@code lagesbild.presence.*}), checked at start.
 *
 * @param syncMillis how often a node reads every node's counts, ms
 * @param heartbeatSeconds how often a node rewrites all its counts
 * @param expirySeconds after how long without a heartbeat a node's counts are ignored
 * @param staleSeconds after how long without a check-in from its page (Vaadin's heartbeat, every
 *     {@code vaadin.heartbeatInterval} seconds) a UI no longer counts: a closed tab; 0 never
 */
@Validated
@ConfigurationProperties("lagesbild.presence")
public record PresenceSettings(
        @DefaultValue("500") @Min(10) long syncMillis,
        @DefaultValue("5") @Min(1) int heartbeatSeconds,
        @DefaultValue("20") @Min(2) int expirySeconds,
        @DefaultValue("50") @Min(0) int staleSeconds) {}
