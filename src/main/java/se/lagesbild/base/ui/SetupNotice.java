package se.lagesbild.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a view says where its figures would be when something is not set up yet: one Swedish sentence
 * on what is missing and links to where to fix it (class {@code setup-notice}; read out by screen
 * readers as a status). Its look is set here, in the Lumo theme's properties, until the shared
 * stylesheet has a rule for {@code setup-notice}.
 */
public class SetupNotice extends Div {

    /** {@code text} and the links: pairs of link text and route ({@link se.lagesbild.base.SetupRoutes}). */
    public SetupNotice(String text, String... linkTextAndRoute) {
        addClassName("setup-notice");
        getElement().setAttribute("role", "status");
        getStyle()
                .set("border-left", "4px solid var(--lumo-primary-color)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("max-width", "70rem")
                .set("box-sizing", "border-box");
        Paragraph sentence = new Paragraph(text);
        sentence.addClassName("setup-notice-text");
        sentence.getStyle().set("margin", "var(--lumo-space-s) 0");
        add(sentence);
        if (linkTextAndRoute.length > 0) {
            Div links = new Div();
            links.addClassName("setup-notice-links");
            links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
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
