package se.lagesbild.structure.ui;

import static se.lagesbild.structure.ui.Forms.named;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.organisation.PlanYear;
import se.lagesbild.organisation.YearState;
import se.lagesbild.security.Role;
import se.lagesbild.structure.StructureService;

/**
 * Struktur → År ({@code /struktur/ar}): every year with its state. "Nytt år" opens the year after the
 * newest as a draft with a copy of its goal structure (the organisation carries on and is changed
 * from the new year on); a draft is published (budgets may be imported from then on) and a published
 * year locked (no more facts).
 */
@RolesAllowed({Role.ADMIN_NAME, Role.CONTROLLER_NAME})
@Route("struktur/ar")
class YearsView extends StructureView {

    private final Grid<PlanYear> years = named(new Grid<>(), "years-grid");
    private final Paragraph error = Forms.errorLine();

    YearsView(StructureService service) {
        super(service, "structure.years.title", "structure.years.intro");
        year.setVisible(false);
        years.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        years.addColumn(PlanYear::year)
                .setHeader(getTranslation("structure.year"))
                .setAutoWidth(true);
        years.addColumn(y -> getTranslation(y.state().labelKey()))
                .setHeader(getTranslation("structure.years.state"))
                .setAutoWidth(true);
        years.addColumn(y -> getTranslation(
                        "structure.years.means." + y.state().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("structure.years.means"));
        years.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        years.setAllRowsVisible(true);
        add(Forms.primary(this, "structure.years.next", "year-next", this::openNext), error, years);
    }

    private Div actions(PlanYear y) {
        Div actions = new Div();
        if (y.state() == YearState.DRAFT) {
            actions.add(Forms.small(
                    this,
                    "structure.years.publish",
                    "year-publish",
                    () -> confirm(
                            "structure.years.publish.confirm",
                            y.year(),
                            () -> service.publish(y.year(), CurrentUser.name()))));
        }
        if (y.state() == YearState.PUBLISHED) {
            actions.add(Forms.small(
                    this,
                    "structure.years.lock",
                    "year-lock",
                    () -> confirm(
                            "structure.years.lock.confirm",
                            y.year(),
                            () -> service.lock(y.year(), CurrentUser.name()))));
        }
        actions.add(Forms.small(
                this,
                "structure.years.organisation",
                "year-organisation",
                () -> getUI().ifPresent(ui -> ui.navigate(
                        "struktur/organisation",
                        com.vaadin.flow.router.QueryParameters.of(YearChoice.PARAM, String.valueOf(y.year()))))));
        return actions;
    }

    private void openNext() {
        Integer[] opened = new Integer[1];
        if (Forms.attempt(this, error, () -> opened[0] = service.openNextYear(CurrentUser.name()))) {
            Forms.saved(this, "structure.years.opened", String.valueOf(opened[0]));
            refresh();
        }
    }

    private void confirm(String key, int y, Runnable change) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("year-confirm");
        dialog.setHeader(getTranslation(key, String.valueOf(y)));
        dialog.setText(getTranslation(key + ".text", String.valueOf(y)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("structure.cancel"));
        dialog.setConfirmText(getTranslation("structure.years.confirm"));
        dialog.addConfirmListener(e -> {
            if (Forms.attempt(this, error, change)) {
                refresh();
            }
        });
        dialog.open();
    }

    @Override
    void refresh() {
        years.setItems(service.years().reversed());
    }
}
