package se.lagesbild.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.importing.ImportService;

/** "Importera": opens the import dialog (for the Ekonomi view); shown only to those who may import. */
public class ImportButton extends Button {

    public ImportButton(ImportService imports) {
        setText(getTranslation("import.button"));
        setIcon(VaadinIcon.UPLOAD.create());
        addClassName("import-button");
        String user = CurrentUser.name();
        setVisible(imports.mayImport(user));
        addClickListener(click -> new ImportDialog(imports, user).open());
    }
}
