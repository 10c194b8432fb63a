package se.lagesbild.structure.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.lagesbild.organisation.OrgKind;
import se.lagesbild.security.Role;
import se.lagesbild.structure.StructureService;

/**
 * Struktur → Kostnadsslag ({@code /struktur/kostnadsslag?ar=2022}): the tree of a year (facts are
 * booked on its leaves, groups sum their children), created and changed from a year on, with history.
 */
@RolesAllowed({Role.ADMIN_NAME, Role.CONTROLLER_NAME})
@Route("struktur/kostnadsslag")
class CostTypesView extends StructureView {

    private final EntriesPanel panel;

    CostTypesView(StructureService service, se.lagesbild.structure.StructureFiles files) {
        super(service, "structure.costTypes.title", "structure.costTypes.intro");
        fileTools(files, se.lagesbild.structure.StructureFiles.Kind.COST_TYPES);
        panel = new EntriesPanel(service, OrgKind.COST_TYPE, this::shownYear);
        add(panel);
    }

    @Override
    void refresh() {
        panel.refresh();
    }
}
