package se.lagesbild.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;
import se.lagesbild.importing.ImportService;

/** "Importera": opens the import dialog (for the Ekonomi view). */
public class ImportButton extends Button {

    /** Who imports, until sign-in exists: the request's user if any. */
    static final String UNKNOWN_USER = "webbgränssnitt";

    public ImportButton(ImportService imports) {
        setText(getTranslation("import.button"));
        setIcon(VaadinIcon.UPLOAD.create());
        addClassName("import-button");
        String user = Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteUser)
                .orElse(UNKNOWN_USER);
        addClickListener(click -> new ImportDialog(imports, user).open());
    }
}
