package se.lagesbild.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.util.Optional;

/**
 * Where keyboard focus goes when content opens or closes (WCAG 2.4.3): to the opened drill's heading,
 * and back to what opened it when it closes, never to {@code <body>}. A heading or chart becomes
 * focusable by script only ({@code tabindex=-1}), so it adds no stop to the tab order. The UI
 * remembers the last target, which is what a browserless test can ask.
 */
public final class Focus {

    private record Requested(Component target) {}

    private Focus() {}

    /** Focuses {@code target} once it is on the page (after this round trip's changes are drawn). */
    public static void moveTo(Component target) {
        if (!(target instanceof Focusable<?>)) {
            target.getElement().setAttribute("tabindex", "-1");
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, Requested.class, new Requested(target));
        }
        target.getElement().executeJs("requestAnimationFrame(() => this.focus())");
    }

    /** The first heading (h1–h3) in {@code root}, depth first, or {@code root} itself without one. */
    public static Component heading(Component root) {
        return firstHeading(root).orElse(root);
    }

    private static Optional<Component> firstHeading(Component root) {
        if (root instanceof H1 || root instanceof H2 || root instanceof H3) {
            return Optional.of(root);
        }
        return root.getChildren()
                .map(Focus::firstHeading)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The component focus was last moved to in this UI. */
    public static Optional<Component> requested(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, Requested.class)).map(Requested::target);
    }
}
