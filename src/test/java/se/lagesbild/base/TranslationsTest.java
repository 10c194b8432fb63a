package se.lagesbild.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text exists in Swedish and English, and Swedish is the default. */
class TranslationsTest {

    @Test
    void swedishAndEnglishHaveTheSameKeysAndSwedishIsTheDefault() throws IOException {
        Properties fallback = load("translations.properties");
        Properties swedish = load("translations_sv.properties");
        Properties english = load("translations_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
        assertThat(fallback).isEqualTo(swedish);
        assertThat(swedish.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
