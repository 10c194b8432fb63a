package se.lagesbild.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import se.lagesbild.support.KaribuTest;

class PresenceBadgeTest extends KaribuTest {

    @Test
    void everyViewShowsHowManyLookAtItNow() {
        navigate("utredningar");
        UI first = UI.getCurrent();
        PresenceBadge firstBadge = _get(PresenceBadge.class);
        awaitPush(() -> "1 tittar nu".equals(firstBadge.getText()));

        openAnotherUI();
        navigate("utredningar");
        PresenceBadge secondBadge = _get(PresenceBadge.class);
        assertThat(secondBadge).isNotSameAs(firstBadge);
        awaitPush(() -> "2 tittar nu".equals(secondBadge.getText()) && "2 tittar nu".equals(firstBadge.getText()));

        navigate("mal");
        awaitPush(() -> "1 tittar nu".equals(firstBadge.getText()) && "1 tittar nu".equals(secondBadge.getText()));
        assertThat(first.getActiveViewLocation().getPath()).isEqualTo("utredningar");
    }
}
