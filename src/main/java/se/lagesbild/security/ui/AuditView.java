package se.lagesbild.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.export.ExportLinks;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.Unit;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditEvent;
import se.lagesbild.security.AuditKind;
import se.lagesbild.security.Role;

/**
 * The audit log ({@code /admin/granskning}): every write, filtered by user, enhet, period and kind,
 * newest first, exported as shown (CSV or XLSX). For admins and controllers; read-only, as the trail is.
 */
@RolesAllowed({Role.ADMIN_NAME, Role.CONTROLLER_NAME})
@Route("admin/granskning")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 1000;

    private final Audit audit;
    private final TextField user = new TextField();
    private final Select<String> unit = new Select<>();
    private final TextField period = new TextField();
    private final Select<AuditKind> kind = new Select<>();
    private final Grid<AuditEvent> grid = new Grid<>();
    private final Paragraph shown = new Paragraph();
    private List<AuditEvent> events = List.of();

    /** The columns, shared by the grid and the export. */
    private record Column(String key, Function<AuditEvent, String> value) {}

    private final List<Column> columns = List.of(
            new Column("security.audit.at", e -> SwedishFormat.second(e.at())),
            new Column("security.audit.user", AuditEvent::username),
            new Column(
                    "security.audit.kind",
                    e -> getTranslation("security.audit.kind." + e.kind().name())),
            new Column("security.audit.unit", AuditEvent::unitCode),
            new Column("security.audit.period", AuditEvent::period),
            new Column("security.audit.what", AuditEvent::what),
            new Column("security.audit.old", AuditEvent::oldValue),
            new Column("security.audit.new", AuditEvent::newValue));

    AuditView(Audit audit, OrganisationService organisation) {
        this.audit = audit;
        addClassName("audit-view");
        user.setLabel(getTranslation("security.audit.user"));
        user.addClassName("audit-user");
        List<String> units = new ArrayList<>();
        units.add("");
        organisation.organisation().units().stream().map(Unit::code).forEach(units::add);
        unit.setLabel(getTranslation("security.audit.unit"));
        unit.setItems(units);
        unit.setValue("");
        unit.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("security.audit.allUnits") : code);
        unit.addClassName("audit-unit");
        period.setLabel(getTranslation("security.audit.period"));
        period.setPlaceholder(getTranslation("security.audit.periodHint"));
        period.addClassName("audit-period");
        kind.setLabel(getTranslation("security.audit.kind"));
        kind.setItems(AuditKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("security.audit.allKinds"));
        kind.setItemLabelGenerator(k -> k == null
                ? getTranslation("security.audit.allKinds")
                : getTranslation("security.audit.kind." + k.name()));
        kind.addClassName("audit-kind");
        Button filter = new Button(getTranslation("security.audit.filter"), e -> refresh());
        filter.addClassName("audit-filter");
        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        columns.forEach(c -> grid.addColumn(e -> c.value().apply(e))
                .setHeader(getTranslation(c.key()))
                .setAutoWidth(true)
                .setResizable(true));
        Div filters = new Div(user, unit, period, kind, filter);
        filters.addClassName("view-header");
        Div exports = new Div();
        ExportLinks.xlsxAndCsv(
                        getTranslation("security.audit.export.xlsx"),
                        getTranslation("security.audit.export.csv"),
                        "granskningslogg",
                        this::export)
                .forEach(exports::add);
        exports.addClassName("export-actions");
        add(new H1(getTranslation("security.audit.title")), filters, exports, shown, grid);
        refresh();
    }

    private void refresh() {
        events = audit.search(
                CurrentUser.name(),
                new Audit.Filter(user.getValue(), unit.getValue(), period.getValue(), kind.getValue(), null, null),
                SHOWN);
        grid.setItems(events);
        shown.setText(getTranslation("security.audit.shown", String.valueOf(events.size())));
    }

    private ExportTable export() {
        List<ExportTable.Column> header = columns.stream()
                .skip(1)
                .map(c -> ExportTable.Column.text(getTranslation(c.key())))
                .toList();
        List<ExportTable.Row> rows = events.stream()
                .map(e -> ExportTable.Row.of(
                        columns.getFirst().value().apply(e),
                        columns.stream().skip(1).map(c -> c.value().apply(e)).toList()))
                .toList();
        return new ExportTable(
                getTranslation("security.audit.title"),
                getTranslation(columns.getFirst().key()),
                header,
                rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.audit.title") + " – " + getTranslation("app.name");
    }
}
