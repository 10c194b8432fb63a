package se.lagesbild.presentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.function.IntConsumer;

/**
 * Moving between slides: arrow keys, space and Page Up/Page Down (what a presenter's clicker sends),
 * Home and End to the first and last slide, and two buttons for touch screens. {@code step} gets −1
 * or +1, or a step past either end for Home and End (the deck clamps it to its first or last slide).
 */
final class SlideControls {

    /** Home's and End's steps: further than any deck is long. */
    static final int TO_FIRST = -100_000;

    static final int TO_LAST = 100_000;

    private SlideControls() {}

    /**
     * The controls for {@code view}'s slides. The keys work while these controls are on screen: a
     * view that shows other slides (another version or code) replaces its controls, and one key
     * press still moves one slide.
     */
    static Div attach(Component view, IntConsumer step) {
        Button previous = new Button(view.getTranslation("presentation.previous"), e -> step.accept(-1));
        previous.addClassName("slide-previous");
        Button next = new Button(view.getTranslation("presentation.next"), e -> step.accept(1));
        next.addClassName("slide-next");
        Div controls = new Div(previous, next);
        controls.addClassName("slide-controls");
        for (Key key : new Key[] {Key.ARROW_RIGHT, Key.ARROW_DOWN, Key.SPACE, Key.PAGE_DOWN}) {
            Shortcuts.addShortcutListener(controls, () -> step.accept(1), key);
        }
        for (Key key : new Key[] {Key.ARROW_LEFT, Key.ARROW_UP, Key.PAGE_UP}) {
            Shortcuts.addShortcutListener(controls, () -> step.accept(-1), key);
        }
        Shortcuts.addShortcutListener(controls, () -> step.accept(TO_FIRST), Key.HOME);
        Shortcuts.addShortcutListener(controls, () -> step.accept(TO_LAST), Key.END);
        return controls;
    }
}
