package se.lagesbild.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A numbered list of steps, each ticked when done and linking to where it is done (class
 * {@code checklist}; a done step has the class {@code done} and says "klart" in words, so the tick
 * is not the only carrier of meaning).
 */
public class Checklist extends OrderedList {

    /** A step: the translation keys of its title and of what it means, where it is done, and whether it is. */
    public record Item(String titleKey, String detailKey, String route, boolean done) {}

    public Checklist() {
        addClassName("checklist");
    }

    /** Shows these steps (anew). */
    public void show(List<Item> items) {
        removeAll();
        for (Item item : items) {
            Span mark = new Span(item.done() ? "✓" : "○");
            mark.addClassName("checklist-mark");
            mark.getElement().setAttribute("aria-hidden", "true");
            Anchor title = new Anchor(item.route(), getTranslation(item.titleKey()));
            title.addClassName("checklist-title");
            // a link within a sentence is known by more than its colour (WCAG 1.4.1)
            title.getStyle().set("text-decoration", "underline");
            Span state = new Span(getTranslation(item.done() ? "checklist.done" : "checklist.todo"));
            state.addClassName("checklist-state");
            Span detail = new Span(getTranslation(item.detailKey()));
            detail.addClassName("checklist-detail");
            ListItem row = new ListItem(mark, new Span(" "), title, new Span(" – "), state, new Span(". "), detail);
            row.addClassName("checklist-item");
            if (item.done()) {
                row.addClassName("done");
            }
            add(row);
        }
    }
}
