package se.lagesbild.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.ui.ComponentTexts;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.ledger.AccountRange;
import se.lagesbild.ledger.ActivityRule;
import se.lagesbild.ledger.Kontoplan;
import se.lagesbild.ledger.KontoplanFile;
import se.lagesbild.ledger.LedgerService;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.CostType;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.PlanYear;
import se.lagesbild.organisation.StructureException;
import se.lagesbild.security.Role;

/**
 * Struktur → Kontoplan ({@code /struktur/kontoplan?ar=2021}): a year's account ranges → kostnadsslag and
 * ansvar/verksamhetskod → verksamhet, added and removed one by one (overlaps refused), Kommun-Bas 13's
 * defaults offered, and the kontoplan as a struktur file (export, import all or nothing).
 */
@RolesAllowed({Role.ADMIN_NAME, Role.CONTROLLER_NAME})
@Route(SetupRoutes.KONTOPLAN)
class KontoplanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LedgerService ledger;
    private final OrganisationService organisation;
    private final KontoplanFile files;
    private final Select<Integer> year = new Select<>();
    private final Grid<AccountRange> ranges = new Grid<>();
    private final Grid<ActivityRule> rules = new Grid<>();
    private final TextField first = new TextField();
    private final TextField last = new TextField();
    private final ComboBox<CostType> costType = new ComboBox<>();
    private final TextField ansvar = new TextField();
    private final TextField activityCode = new TextField();
    private final ComboBox<Activity> activity = new ComboBox<>();
    private final Div message = new Div();
    private Organisation shown;
    private Integer itemsYear;

    KontoplanView(LedgerService ledger, OrganisationService organisation, KontoplanFile files) {
        this.ledger = ledger;
        this.organisation = organisation;
        this.files = files;
        addClassName("kontoplan-view");
        year.setLabel(getTranslation("structure.year"));
        year.addClassName("kontoplan-year");
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        message.addClassName("kontoplan-message");
        add(
                new H1(getTranslation("ledger.kontoplan.title")),
                new Paragraph(getTranslation("ledger.kontoplan.intro")),
                year,
                fileTools(),
                message,
                new H2(getTranslation("ledger.kontoplan.accounts")),
                rangesGrid(),
                rangeForm(),
                new H2(getTranslation("ledger.kontoplan.activities")),
                rulesGrid(),
                ruleForm());
    }

    private Grid<AccountRange> rangesGrid() {
        ranges.addClassName("kontoplan-ranges");
        ranges.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ranges.setAllRowsVisible(true);
        ranges.addColumn(AccountRange::label).setHeader(getTranslation("ledger.kontoplan.range"));
        ranges.addColumn(r -> costTypeName(r.costTypeCode())).setHeader(getTranslation("ledger.kontoplan.costType"));
        ranges.addComponentColumn(r -> removeButton(() -> change(plan -> {
                    List<AccountRange> kept = new ArrayList<>(plan.ranges());
                    kept.remove(r);
                    return new Kontoplan(plan.year(), kept, plan.activities());
                })))
                .setHeader("");
        return ranges;
    }

    private Grid<ActivityRule> rulesGrid() {
        rules.addClassName("kontoplan-rules");
        rules.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        rules.setAllRowsVisible(true);
        rules.addColumn(ActivityRule::ansvar).setHeader(getTranslation("ledger.kontoplan.ansvar"));
        rules.addColumn(ActivityRule::verksamhetskod).setHeader(getTranslation("ledger.kontoplan.activityCode"));
        rules.addColumn(r -> shown == null
                        ? r.activityCode()
                        : shown.activity(r.activityCode()).map(Activity::name).orElse(r.activityCode()))
                .setHeader(getTranslation("ledger.kontoplan.activity"));
        rules.addComponentColumn(r -> removeButton(() -> change(plan -> {
                    List<ActivityRule> kept = new ArrayList<>(plan.activities());
                    kept.remove(r);
                    return new Kontoplan(plan.year(), plan.ranges(), kept);
                })))
                .setHeader("");
        return rules;
    }

    private Button removeButton(Runnable remove) {
        Button button = new Button(getTranslation("ledger.kontoplan.remove"), e -> remove.run());
        button.addClassName("kontoplan-remove");
        return button;
    }

    private FlexLayout rangeForm() {
        first.setLabel(getTranslation("ledger.kontoplan.first"));
        first.addClassName("kontoplan-first");
        last.setLabel(getTranslation("ledger.kontoplan.last"));
        last.addClassName("kontoplan-last");
        costType.setLabel(getTranslation("ledger.kontoplan.costType"));
        costType.addClassName("kontoplan-cost-type");
        costType.setItemLabelGenerator(CostType::name);
        Button add = new Button(getTranslation("ledger.kontoplan.addRange"), e -> {
            if (costType.getValue() == null) {
                showError(getTranslation("ledger.kontoplan.chooseCostType"));
                return;
            }
            if (change(plan -> {
                List<AccountRange> all = new ArrayList<>(plan.ranges());
                all.add(new AccountRange(
                        first.getValue(), last.getValue(), costType.getValue().code()));
                return new Kontoplan(plan.year(), all, plan.activities());
            })) {
                first.clear();
                last.clear();
            }
        });
        add.addClassName("kontoplan-add-range");
        Button defaults = new Button(
                getTranslation("ledger.kontoplan.defaults"),
                e -> change(plan -> {
                    List<AccountRange> all = new ArrayList<>(plan.ranges());
                    for (AccountRange proposed : ledger.defaults(plan.year())) {
                        List<AccountRange> with = new ArrayList<>(all);
                        with.add(proposed);
                        if (new Kontoplan(plan.year(), with, List.of())
                                .overlaps()
                                .isEmpty()) {
                            all.add(proposed);
                        }
                    }
                    return new Kontoplan(plan.year(), all, plan.activities());
                }));
        defaults.addClassName("kontoplan-defaults");
        FlexLayout form = new FlexLayout(first, last, costType, add, defaults);
        form.addClassName("kontoplan-form");
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        return form;
    }

    private FlexLayout ruleForm() {
        ansvar.setLabel(getTranslation("ledger.kontoplan.ansvar"));
        ansvar.addClassName("kontoplan-ansvar");
        activityCode.setLabel(getTranslation("ledger.kontoplan.activityCode"));
        activityCode.addClassName("kontoplan-activity-code");
        activity.setLabel(getTranslation("ledger.kontoplan.activity"));
        activity.addClassName("kontoplan-activity");
        activity.setItemLabelGenerator(Activity::name);
        Button add = new Button(getTranslation("ledger.kontoplan.addRule"), e -> {
            if (activity.getValue() == null) {
                showError(getTranslation("ledger.kontoplan.chooseActivity"));
                return;
            }
            if (change(plan -> {
                List<ActivityRule> all = new ArrayList<>(plan.activities());
                all.add(new ActivityRule(
                        ansvar.getValue(),
                        activityCode.getValue(),
                        activity.getValue().code()));
                return new Kontoplan(plan.year(), plan.ranges(), all);
            })) {
                ansvar.clear();
                activityCode.clear();
            }
        });
        add.addClassName("kontoplan-add-rule");
        FlexLayout form = new FlexLayout(ansvar, activityCode, activity, add);
        form.addClassName("kontoplan-form");
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        return form;
    }

    private Div fileTools() {
        Anchor export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(KontoplanFile.fileName(year.getValue()));
                    event.setContentType("text/csv; charset=UTF-8");
                    event.getOutputStream().write(files.export(year.getValue()));
                },
                getTranslation("structure.file.export"));
        export.addClassName("structure-export");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> importFile(metadata.fileName(), data)));
        ComponentTexts.upload(upload);
        upload.addClassName("structure-upload");
        upload.setAcceptedFileTypes(
                ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportFiles.MAX_UPLOAD_BYTES);
        upload.setUploadButton(new Button(getTranslation("structure.file.import")));
        Div tools = new Div(export, upload);
        tools.addClassName("structure-files");
        return tools;
    }

    /** Imports an uploaded kontoplan file and shows how it went (package-private for tests). */
    void importFile(String name, byte[] data) {
        KontoplanFile.Outcome outcome = files.importFile(name, data, CurrentUser.name());
        message.removeAll();
        if (outcome.status() == ImportStatus.APPLIED) {
            message.add(new Paragraph(getTranslation(
                    "structure.file.imported",
                    name,
                    String.valueOf(outcome.added()),
                    String.valueOf(outcome.changed()),
                    String.valueOf(outcome.unchanged()))));
            refresh();
            return;
        }
        message.add(new Paragraph(getTranslation(
                "structure.file.refused", String.valueOf(outcome.errors().size()))));
        for (ImportError error : outcome.errors()) {
            Paragraph line = new Paragraph(
                    (error.row() == null ? "" : getTranslation("import.log.row", String.valueOf(error.row())) + ": ")
                            + getTranslation(error.messageKey(), error.args().toArray()));
            line.addClassName("structure-file-error");
            message.add(line);
        }
    }

    /** Saves the kontoplan {@code change} makes of the year's; a refusal is shown, nothing saved. */
    private boolean change(java.util.function.UnaryOperator<Kontoplan> change) {
        try {
            ledger.save(change.apply(ledger.kontoplan(year.getValue())), CurrentUser.name());
        } catch (StructureException e) {
            showError(getTranslation(e.messageKey(), e.args().toArray()));
            return false;
        }
        message.removeAll();
        refresh();
        return true;
    }

    private void showError(String text) {
        message.removeAll();
        Paragraph error = new Paragraph(text);
        error.addClassName("structure-error");
        message.add(error);
    }

    private String costTypeName(String code) {
        return shown == null
                ? code
                : shown.costTypesByCode().containsKey(code)
                        ? shown.costTypesByCode().get(code).name()
                        : code;
    }

    private void refresh() {
        int chosen = year.getValue();
        shown = organisation.organisation(chosen);
        Kontoplan plan = ledger.kontoplan(chosen);
        if (itemsYear == null || itemsYear != chosen) {
            // the choices of a year; set again only for another year, so a chosen kostnadsslag stays
            itemsYear = chosen;
            costType.setItems(shown.costTypes().stream()
                    .filter(c -> shown.isLeaf(c.code()))
                    .toList());
            activity.setItems(
                    shown.activities().stream().filter(a -> a.existsIn(chosen)).toList());
        }
        ranges.setItems(plan.ranges());
        rules.setItems(plan.activities());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TreeSet<Integer> years =
                new TreeSet<>(organisation.years().stream().map(PlanYear::year).toList());
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        Integer asked = parameters.getOrDefault("ar", List.of()).stream()
                .filter(t -> t.matches("20\\d\\d"))
                .map(Integer::valueOf)
                .findFirst()
                .orElse(null);
        int chosen =
                asked != null ? asked : years.isEmpty() ? java.time.Year.now().getValue() : years.last();
        years.add(chosen);
        year.setItems(years.descendingSet());
        year.setValue(chosen);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.kontoplan.title") + " – " + getTranslation("app.name");
    }
}
