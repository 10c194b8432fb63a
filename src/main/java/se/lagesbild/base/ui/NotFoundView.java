package se.lagesbild.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import se.lagesbild.base.SetupRoutes;

/**
 * What a signed-in user sees for an address that does not exist or that their role may not open
 * (Vaadin shows both alike, so as not to tell which): a Swedish sentence and the way to the start
 * page and to Kom igång, in the frame with the navigation, instead of Vaadin's English "Could not
 * navigate to …". Users who are not signed in are sent to the login before this.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        Div content = new Div(
                new H1(getTranslation("notFound.title")),
                new Paragraph(getTranslation(
                        "notFound.text", "/" + event.getLocation().getPath())),
                new Paragraph(
                        new Anchor("", getTranslation("notFound.start")),
                        new com.vaadin.flow.component.html.Span(" · "),
                        new Anchor(SetupRoutes.GETTING_STARTED, getTranslation("gettingStarted.title"))));
        content.addClassName("not-found-view");
        getElement().appendChild(content.getElement());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
