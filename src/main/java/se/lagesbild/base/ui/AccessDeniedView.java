package se.lagesbild.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in user sees for a view their role may not open: "Du har inte behörighet …" in the
 * UI's language, with the way back to the start page, in the frame with the navigation (instead of
 * Vaadin's English "Could not navigate to …"). Users who are not signed in are sent to the login
 * before this.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("access-denied-view");
        add(
                new H1(getTranslation("accessDenied.title")),
                new Paragraph(getTranslation(
                        "accessDenied.text", "/" + event.getLocation().getPath())),
                new Paragraph(new Anchor("", getTranslation("accessDenied.back"))));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
