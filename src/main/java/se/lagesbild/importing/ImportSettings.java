package se.lagesbild.importing;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The imports' settings ({@code lagesbild.import.*}), checked at start.
 *
 * @param demoToken the demo job's API token for all four kinds, created with the demo data
 * @param initialToken without demo data: the first API token (every kind, at least {@value
 *     InitialApiToken#MIN_LENGTH} characters), created while no token exists; empty: none
 */
@Validated
@ConfigurationProperties("lagesbild.import")
public record ImportSettings(
        @DefaultValue("demo-import-token") @NotBlank String demoToken,
        @DefaultValue("") String initialToken) {}
