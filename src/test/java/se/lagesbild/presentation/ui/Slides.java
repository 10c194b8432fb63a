package se.lagesbild.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads what a slide deck shows, as the audience sees it. */
final class Slides {

    private Slides() {}

    static SlideDeck deck() {
        return _get(SlideDeck.class);
    }

    static String section() {
        return deck().getChildren()
                .filter(c -> c.hasClassName("slide"))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getAttribute("data-section");
    }

    static String counter() {
        return _get(deck(), Span.class, spec -> spec.withClasses("slide-counter"))
                .getText();
    }

    static String version() {
        return _get(deck(), Span.class, spec -> spec.withClasses("slide-version"))
                .getText();
    }

    static String status() {
        return _get(deck(), Span.class, spec -> spec.withClasses("slide-status"))
                .getText();
    }

    /** The shown table's body rows by their label: the label's cells after it. */
    static Map<String, List<String>> table() {
        Element table = _get(deck(), Div.class, spec -> spec.withClasses("slide-table"))
                .getElement()
                .getChild(0);
        return table.getChildren()
                .filter(e -> e.getTag().equals("tbody"))
                .flatMap(Element::getChildren)
                .map(tr -> tr.getChildren().map(Element::getText).toList())
                .collect(Collectors.toMap(
                        List::getFirst,
                        cells -> cells.subList(1, cells.size()),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
