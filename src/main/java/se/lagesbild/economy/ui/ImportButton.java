package se.lagesbild.economy.ui;

import com.vaadin.flow.component.button.Button;
import se.lagesbild.base.ui.AppIcon;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.economy.imports.EconomyImport;

/** "Importera": opens the import dialog (for the Ekonomi view); shown only to those who may import. */
public class ImportButton extends Button {

    public ImportButton(EconomyImport imports) {
        setText(getTranslation("import.button"));
        setIcon(AppIcon.UPLOAD.create());
        addClassName("import-button");
        String user = CurrentUser.name();
        setVisible(imports.mayImport(user));
        addClickListener(click -> new EconomyImportDialog(imports, user).open());
    }
}
