package se.lagesbild.presentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.function.IntConsumer;

/**
 * Moving between slides: arrow keys, space and Page Up/Page Down (what a presenter's clicker sends),
 * and two buttons for touch screens. {@code step} gets −1 or +1.
 */
final class SlideControls {

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
        return controls;
    }
}
