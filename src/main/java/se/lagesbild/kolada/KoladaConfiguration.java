package se.lagesbild.kolada;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code lagesbild.kolada.*} to {@link KoladaSettings}. */
@Configuration
@EnableConfigurationProperties(KoladaSettings.class)
class KoladaConfiguration {}
