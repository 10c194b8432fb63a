package se.lagesbild.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a user sees when a view fails: a calm Swedish message with a reference to the log entry,
 * never a stack trace or SQL. An error view needs an access annotation of its own: without one,
 * navigation access control denies it and the user sees Vaadin's bare "Could not navigate to …".
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Long.toString(Instant.now().toEpochMilli(), 36).toUpperCase(java.util.Locale.ROOT);
        log.error(
                "View {} failed (reference {})",
                event.getLocation().getPathWithQueryParameters(),
                reference,
                parameter.getException());
        addClassName("error-view");
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.text", reference)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
