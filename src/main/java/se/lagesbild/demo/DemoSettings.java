package se.lagesbild.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo data's setting ({@code lagesbild.demo-data}, LAGESBILD_DEMO_DATA), checked at start.
 *
 * @param demoData load the demo data (2020–2021) into an empty database; {@code false} for production
 */
@Validated
@ConfigurationProperties("lagesbild")
public record DemoSettings(@DefaultValue("true") boolean demoData) {}
