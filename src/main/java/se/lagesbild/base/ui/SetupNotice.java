package se.lagesbild.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a view says where its figures would be when something is not set up yet: one Swedish sentence
 * on what is missing and links to where to fix it (class {@code setup-notice}; read out by screen
 * readers as a status).
 */
public class SetupNotice extends Div {

    /** {@code text} and the links: pairs of link text and route ({@link se.lagesbild.base.SetupRoutes}). */
    public SetupNotice(String text, String... linkTextAndRoute) {
        addClassName("setup-notice");
        getElement().setAttribute("role", "status");
        Paragraph sentence = new Paragraph(text);
        sentence.addClassName("setup-notice-text");
        add(sentence);
        if (linkTextAndRoute.length > 0) {
            Div links = new Div();
            links.addClassName("setup-notice-links");
            for (int i = 0; i + 1 < linkTextAndRoute.length; i += 2) {
                Anchor link = new Anchor(linkTextAndRoute[i + 1], linkTextAndRoute[i]);
                link.addClassName("setup-link");
                links.add(link);
            }
            add(links);
        }
    }

    /** The sentence. */
    public String text() {
        return getChildren()
                .filter(Paragraph.class::isInstance)
                .map(p -> ((Paragraph) p).getText())
                .findFirst()
                .orElse("");
    }
}
