package se.lagesbild.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.lagesbild.support.KaribuTest;

/** "Hoppa till innehållet" (WCAG 2.4.1): the first stop of every page, leading to the view's content. */
class SkipLinkTest extends KaribuTest {

    @Test
    void theSkipLinkComesFirstAndLeadsToTheViewsContent() {
        navigate("ekonomi", "period", "2021-08");
        MainLayout layout = _get(MainLayout.class);
        Anchor skip = _get(Anchor.class, spec -> spec.withClasses("skip-link"));
        assertThat(skip.getText()).isEqualTo("Hoppa till innehållet");
        assertThat(skip.getHref()).isEqualTo("#" + MainLayout.MAIN_CONTENT);
        // first in the top bar, which comes first in the page
        assertThat(skip.getParent().orElseThrow().getElement().indexOfChild(skip.getElement()))
                .isZero();
        assertThat(skip.getParent().orElseThrow().getParent()).contains(layout);
        var content = UI.getCurrent().getCurrentView().getElement();
        assertThat(content.getAttribute("id")).isEqualTo(MainLayout.MAIN_CONTENT);
        assertThat(content.getAttribute("tabindex")).isEqualTo("-1");

        // and on the next view too, in English when English is chosen
        chooseLanguage(Locale.ENGLISH);
        navigate("mal", "period", "2021-08");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("skip-link")).getText())
                .isEqualTo("Skip to content");
        assertThat(UI.getCurrent().getCurrentView().getElement().getAttribute("id"))
                .isEqualTo(MainLayout.MAIN_CONTENT);
    }
}
