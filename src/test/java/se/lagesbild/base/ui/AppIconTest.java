package se.lagesbild.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every icon the app names is in the sprite it draws from, so none shows as an empty square. */
class AppIconTest {

    @Test
    void everyIconIsASymbolOfTheSprite() throws IOException {
        String sprite;
        try (InputStream in = AppIcon.class.getResourceAsStream("/META-INF/resources/" + AppIcon.SPRITE)) {
            assertThat(in).as(AppIcon.SPRITE).isNotNull();
            sprite = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (AppIcon icon : AppIcon.values()) {
            assertThat(sprite)
                    .as(icon.name())
                    .contains("<symbol id=\"" + icon.symbol() + "\" viewBox=\"0 0 16 16\"><path");
            assertThat(icon.create().getSrc()).isEqualTo(AppIcon.SPRITE);
            assertThat(icon.create().getSymbol()).isEqualTo(icon.symbol());
        }
    }
}
