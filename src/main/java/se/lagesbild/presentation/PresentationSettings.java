package se.lagesbild.presentation;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The presentations' settings ({@code lagesbild.presentation.*}), checked at start.
 *
 * @param sessionTimeout a presentation without a move for this long ends; a presentation screen stays
 *     signed in as long
 */
@Validated
@ConfigurationProperties("lagesbild.presentation")
public record PresentationSettings(
        @DefaultValue("8h") @NotNull Duration sessionTimeout) {}
