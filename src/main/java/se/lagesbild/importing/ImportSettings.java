package se.lagesbild.importing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The imports' settings ({@code lagesbild.import.*}), checked at start.
 *
 * @param demoToken the demo job's API token for all four kinds, created with the demo data
 * @param maxFileSize the largest file the import endpoint takes, as a raw body or as a multipart file
 *     (default 100 MB; {@code spring.servlet.multipart.max-file-size} is set from it): larger is
 *     answered 413 in Swedish, without reading the rest
 * @param initialToken without demo data: the first API token (every kind, at least {@value
 *     InitialApiToken#MIN_LENGTH} characters), created while no token exists; empty: none
 */
@Validated
@ConfigurationProperties("lagesbild.import")
public record ImportSettings(
        @DefaultValue("demo-import-token") @NotBlank String demoToken,
        @DefaultValue("100MB") @NotNull DataSize maxFileSize,
        @DefaultValue("") String initialToken) {}
