package se.lagesbild.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.live.Presence;
import se.lagesbild.presentation.PresentationService;
import se.lagesbild.presentation.Session;
import se.lagesbild.support.KaribuTest;

/** A member's tablet: follows the presenter's slide by push, looks around, and follows again. */
class FollowViewTest extends KaribuTest {

    @Autowired
    PresentationService presentations;

    @Autowired
    Presence presence;

    @Test
    void theTabletFollowsThePresenterLeavesToLookAroundAndFollowsAgain() {
        Session session = presentations.start(null, YearMonth.of(2021, 8), "controller");
        navigate("folj/" + session.code().toLowerCase());
        assertThat(Slides.counter()).isEqualTo("1 / " + PresentationViewTest.SLIDES);
        assertThat(Slides.status()).isEqualTo("Följer presentatören");
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent()
                        .getSession()
                        .getMaxInactiveInterval())
                .as("the tablet stays signed in for the meeting")
                .isEqualTo(8 * 3600);
        assertThat(_find(Button.class, spec -> spec.withClasses("follow-again")))
                .as("Följ igen hidden")
                .isEmpty();
        awaitPush(() -> presence.count(session.followingKey()) == 1);

        presentations.moveTo(session.code(), 3, "controller");
        awaitPush(() -> Slides.counter().equals("4 / " + PresentationViewTest.SLIDES));
        assertThat(Slides.section()).isEqualTo(PresentationViewTest.ORDER.get(2));

        // the member looks around on their own
        ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
        assertThat(Slides.counter()).isEqualTo("5 / " + PresentationViewTest.SLIDES);
        assertThat(Slides.status()).isEqualTo("Du tittar själv – presentatören visar bild 4");
        Button followAgain = _get(Button.class, spec -> spec.withClasses("follow-again"));
        assertThat(followAgain.getText()).isEqualTo("Följ igen");
        awaitPush(() -> presence.count(session.followingKey()) == 0 && presence.count(session.lookingAroundKey()) == 1);

        presentations.moveTo(session.code(), 6, "controller");
        awaitPush(() -> Slides.status().equals("Du tittar själv – presentatören visar bild 7"));
        assertThat(Slides.counter()).as("stays where the member is").isEqualTo("5 / " + PresentationViewTest.SLIDES);

        followAgain.click();
        assertThat(Slides.counter()).isEqualTo("7 / " + PresentationViewTest.SLIDES);
        assertThat(Slides.status()).isEqualTo("Följer presentatören");
        assertThat(_find(Button.class, spec -> spec.withClasses("follow-again")))
                .isEmpty();
        presentations.moveTo(session.code(), 7, "controller");
        awaitPush(() -> Slides.counter().equals("8 / " + PresentationViewTest.SLIDES));
        awaitPush(() -> presence.count(session.followingKey()) == 1 && presence.count(session.lookingAroundKey()) == 0);
    }

    @Test
    void theTabletSaysSoWhenThePresenterEndsThePresentation() {
        Session session = presentations.start(null, YearMonth.of(2021, 8), "controller");
        navigate("folj/" + session.code());
        assertThat(Slides.counter()).isEqualTo("1 / " + PresentationViewTest.SLIDES);
        awaitPush(() -> presence.count(session.followingKey()) == 1);

        presentations.end(session.code(), "controller");
        awaitPush(
                () -> !_find(Paragraph.class, spec -> spec.withClasses("error")).isEmpty());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("error")).getText())
                .isEqualTo("Presentationen med koden " + session.code()
                        + " har avslutats. Ange koden till en pågående presentation.");
        assertThat(_find(SlideDeck.class))
                .as("no slides of the ended presentation")
                .isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withClasses("code-field")).getLabel())
                .isEqualTo("Kod");
        awaitPush(() -> presence.count(session.followingKey()) == 0);
    }

    @Test
    void anEndedCodeSaysThePresentationHasEndedInsteadOfAnError() {
        Session session = presentations.start(null, YearMonth.of(2021, 8), "controller");
        presentations.end(session.code(), "controller");
        navigate("folj/" + session.code().toLowerCase());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("error")).getText())
                .isEqualTo("Presentationen med koden " + session.code()
                        + " har avslutats. Ange koden till en pågående presentation.");
        assertThat(_find(SlideDeck.class)).isEmpty();
    }

    @Test
    void anUnknownCodeAsksForTheCodeAgain() {
        navigate("folj/ZZZZ");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("error")).getText())
                .isEqualTo("Ingen presentation har koden ZZZZ.");
    }
}
