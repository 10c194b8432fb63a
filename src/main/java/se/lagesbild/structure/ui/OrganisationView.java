package se.lagesbild.structure.ui;

import static se.lagesbild.structure.ui.Forms.named;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.organisation.OrgKind;
import se.lagesbild.organisation.StructureEntry;
import se.lagesbild.security.Role;
import se.lagesbild.structure.StructureService;

/**
 * Struktur → Organisation ({@code /struktur/organisation?ar=2022}): nämnder, förvaltningar,
 * verksamhetsområden, verksamheter and enheter of a year, each created, changed from a year on, closed
 * (enheter also merged), with their history; and the spelling variants files may use.
 */
@RolesAllowed({Role.ADMIN_NAME, Role.CONTROLLER_NAME})
@Route("struktur/organisation")
class OrganisationView extends StructureView {

    static final List<OrgKind> KINDS =
            List.of(OrgKind.COMMITTEE, OrgKind.ADMINISTRATION, OrgKind.AREA, OrgKind.ACTIVITY, OrgKind.UNIT);

    private final Select<OrgKind> kind = named(new Select<>(), "structure-kind");
    private final Map<OrgKind, EntriesPanel> panels = new EnumMap<>(OrgKind.class);
    private final Grid<String[]> aliases = named(new Grid<>(), "alias-grid");
    private final Select<OrgKind> aliasKind = named(new Select<>(), "alias-kind");
    private final TextField aliasText = named(new TextField(), "alias-text");
    private final ComboBox<StructureEntry> aliasTarget = named(new ComboBox<>(), "alias-target");
    private final Paragraph aliasError = Forms.errorLine();

    OrganisationView(StructureService service, se.lagesbild.structure.StructureFiles files) {
        super(service, "structure.organisation.title", "structure.organisation.intro");
        fileTools(files, se.lagesbild.structure.StructureFiles.Kind.ORGANISATION);
        kind.setLabel(getTranslation("structure.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(
                k -> getTranslation("structure.kinds." + k.name().toLowerCase(Locale.ROOT)));
        add(kind);
        for (OrgKind k : KINDS) {
            EntriesPanel panel = new EntriesPanel(service, k, this::shownYear);
            panel.setVisible(false);
            panels.put(k, panel);
            add(panel);
        }
        kind.addValueChangeListener(e -> showKind());
        kind.setValue(OrgKind.ACTIVITY);

        aliases.addThemeVariants(GridVariant.LUMO_COMPACT);
        aliases.addColumn(a -> a[0])
                .setHeader(getTranslation("structure.alias"))
                .setAutoWidth(true);
        aliases.addColumn(a -> getTranslation(OrgKind.valueOf(a[2]).labelKey()))
                .setHeader(getTranslation("structure.kind"))
                .setAutoWidth(true);
        aliases.addColumn(a -> a[1])
                .setHeader(getTranslation("structure.alias.means"))
                .setAutoWidth(true);
        aliases.addComponentColumn(a -> Forms.small(this, "structure.remove", "alias-remove", () -> {
                    service.removeAlias(OrgKind.valueOf(a[2]), a[0], CurrentUser.name());
                    refreshAliases();
                }))
                .setKey("actions");
        aliases.setAllRowsVisible(true);
        aliasKind.setLabel(getTranslation("structure.kind"));
        aliasKind.setItems(OrgKind.ACTIVITY, OrgKind.UNIT);
        aliasKind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        aliasKind.addValueChangeListener(e -> aliasTargets());
        aliasText.setLabel(getTranslation("structure.alias"));
        aliasTarget.setLabel(getTranslation("structure.alias.means"));
        aliasTarget.setItemLabelGenerator(e -> e.name() + " (" + e.code() + ")");
        HorizontalLayout addAlias = new HorizontalLayout(
                aliasKind,
                aliasText,
                aliasTarget,
                Forms.primary(this, "structure.alias.add", "alias-add", this::addAlias));
        addAlias.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("structure.aliases")),
                new Paragraph(getTranslation("structure.aliases.intro")),
                addAlias,
                aliasError,
                aliases);
        aliasKind.setValue(OrgKind.UNIT);
    }

    private void showKind() {
        panels.forEach((k, panel) -> panel.setVisible(k == kind.getValue()));
    }

    @Override
    void refresh() {
        panels.values().forEach(EntriesPanel::refresh);
        aliasTargets();
        refreshAliases();
    }

    private void aliasTargets() {
        if (aliasKind.getValue() != null && year.getValue() != null) {
            aliasTarget.setItems(service.allEntries(aliasKind.getValue()));
        }
    }

    private void refreshAliases() {
        List<String[]> rows = new java.util.ArrayList<>();
        for (OrgKind k : List.of(OrgKind.UNIT, OrgKind.ACTIVITY)) {
            service.aliases(k).forEach(a -> rows.add(new String[] {a[0], a[1], k.name()}));
        }
        aliases.setItems(rows);
    }

    private void addAlias() {
        if (aliasTarget.getValue() == null) {
            aliasError.setText(getTranslation("structure.error.aliasTarget"));
            aliasError.setVisible(true);
            return;
        }
        if (Forms.attempt(
                this,
                aliasError,
                () -> service.addAlias(
                        aliasKind.getValue(),
                        aliasText.getValue(),
                        aliasTarget.getValue().code(),
                        CurrentUser.name()))) {
            aliasText.clear();
            refreshAliases();
        }
    }
}
