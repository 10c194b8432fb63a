package se.lagesbild.importing.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.LiveUpdates;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportLogEntry;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.security.Role;

/** The import log: every import attempt, newest first. */
@RolesAllowed({Role.CONTROLLER_NAME, Role.LEDNING_NAME, Role.ADMIN_NAME})
@Route("ekonomi/importer")
class ImportLogView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 500;

    private final ImportLog log;
    private final Grid<ImportLogEntry> grid = new Grid<>();
    private final Div hint = new Div();

    ImportLogView(ImportLog log, ChangeBroadcaster broadcaster) {
        this.log = log;
        addClassName("import-log-view");
        grid.addClassName("import-log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> SwedishFormat.second(e.importedAt()))
                .setHeader(getTranslation("import.log.column.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("import.kind." + e.kind()))
                .setHeader(getTranslation("import.log.column.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportLogEntry::fileName)
                .setHeader(getTranslation("import.log.column.file"))
                .setFlexGrow(1);
        grid.addColumn(e -> getTranslation("import.status." + e.status()))
                .setHeader(getTranslation("import.log.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportLogEntry::added)
                .setHeader(getTranslation("import.log.column.added"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportLogEntry::corrected)
                .setHeader(getTranslation("import.log.column.corrected"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportLogEntry::unchanged)
                .setHeader(getTranslation("import.log.column.unchanged"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportLogEntry::importedBy)
                .setHeader(getTranslation("import.log.column.by"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.checksum().substring(0, 12) + "…")
                .setHeader(getTranslation("import.log.column.checksum"))
                .setTooltipGenerator(ImportLogEntry::checksum)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.message() == null ? "" : e.message())
                .setHeader(getTranslation("import.log.column.message"))
                .setTooltipGenerator(e -> e.message() == null ? "" : e.message())
                .setFlexGrow(3);
        grid.setSizeFull();
        setSizeFull();
        add(new H1(getTranslation("import.log.title")), hint, grid);
        refresh();
        LiveUpdates.bind(this, broadcaster, Set.of(Topic.ECONOMY), change -> true, changes -> refresh());
    }

    private void refresh() {
        List<ImportLogEntry> entries = log.newestFirst(SHOWN);
        grid.setItems(entries);
        hint.removeAll();
        if (entries.isEmpty()) {
            hint.add(new SetupNotice(
                    getTranslation("import.log.none"),
                    getTranslation("setup.link.economy"),
                    SetupRoutes.ECONOMY,
                    getTranslation("setup.link.investigations"),
                    SetupRoutes.INVESTIGATIONS));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.log.title") + " – " + getTranslation("app.name");
    }
}
