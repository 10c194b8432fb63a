package se.lagesbild.structure.ui;

import static se.lagesbild.structure.ui.Forms.named;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import se.lagesbild.base.TextLimits;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.TextBounds;
import se.lagesbild.organisation.OrgKind;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.StructureEntry;
import se.lagesbild.structure.StructureService;

/**
 * The entities of one kind in the chosen year: a grid with a filter, and per entity "Ändra" (from a
 * year on; the years before keep their version), "Historik" (every version) and "Avsluta", for an
 * enhet also "Slå ihop"; "Ny …" creates one from a year.
 */
class EntriesPanel extends VerticalLayout {

    /** The form's fields, bound with validation. */
    static final class EntryForm {
        private String code;
        private String name;
        private String parent;
        private Integer sortOrder;
        private String financeCode;
        private boolean income;
        private Integer fromYear;

        String getCode() {
            return code;
        }

        void setCode(String code) {
            this.code = code;
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        String getParent() {
            return parent;
        }

        void setParent(String parent) {
            this.parent = parent;
        }

        Integer getSortOrder() {
            return sortOrder;
        }

        void setSortOrder(Integer sortOrder) {
            this.sortOrder = sortOrder;
        }

        String getFinanceCode() {
            return financeCode;
        }

        void setFinanceCode(String financeCode) {
            this.financeCode = financeCode;
        }

        boolean isIncome() {
            return income;
        }

        void setIncome(boolean income) {
            this.income = income;
        }

        Integer getFromYear() {
            return fromYear;
        }

        void setFromYear(Integer fromYear) {
            this.fromYear = fromYear;
        }
    }

    private final StructureService service;
    private final OrgKind kind;
    private final IntSupplier year;
    private final Grid<StructureEntry> grid = new Grid<>();
    private final TextField filter = new TextField();
    private List<StructureEntry> entries = List.of();
    private Map<String, String> parentNames = Map.of();

    EntriesPanel(StructureService service, OrgKind kind, IntSupplier year) {
        this.service = service;
        this.kind = kind;
        this.year = year;
        setPadding(false);
        addClassName("entries-" + kind.name().toLowerCase(Locale.ROOT));
        filter.setPlaceholder(getTranslation("structure.filter"));
        filter.setAriaLabel(getTranslation("structure.filter"));
        filter.addClassName("structure-filter");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> show());
        grid.addClassName("structure-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StructureEntry::code)
                .setHeader(getTranslation("structure.code"))
                .setAutoWidth(true);
        grid.addColumn(this::indentedName)
                .setHeader(getTranslation("structure.name"))
                .setAutoWidth(true);
        if (kind.parentKind() != null) {
            grid.addColumn(e -> e.parentCode() == null ? "" : parentNames.getOrDefault(e.parentCode(), e.parentCode()))
                    .setHeader(getTranslation(kind.parentKind().labelKey()))
                    .setAutoWidth(true);
        }
        grid.addColumn(StructureEntry::sortOrder)
                .setHeader(getTranslation("structure.sortOrder"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.financeCode() == null ? "" : e.financeCode())
                .setHeader(getTranslation("structure.financeCode"))
                .setAutoWidth(true);
        grid.addColumn(this::years).setHeader(getTranslation("structure.years")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        HorizontalLayout tools = new HorizontalLayout(
                filter,
                Forms.primary(
                        this,
                        "structure.new." + kind.name().toLowerCase(Locale.ROOT),
                        "structure-new",
                        () -> edit(null)));
        add(tools, grid);
    }

    /** Reads the chosen year's entities anew. */
    void refresh() {
        int shown = year.getAsInt();
        entries = service.entries(kind, shown);
        parentNames = kind.parentKind() == null
                ? Map.of()
                : service.entries(kind.parentKind(), shown).stream()
                        .collect(Collectors.toMap(StructureEntry::code, StructureEntry::name, (a, b) -> a));
        show();
    }

    private void show() {
        String wanted =
                filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(ordered(entries).stream()
                .filter(e -> wanted.isEmpty()
                        || e.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || e.name().toLowerCase(Locale.ROOT).contains(wanted))
                .toList());
    }

    /** Kostnadsslag as a tree: each group followed by its children. */
    private List<StructureEntry> ordered(List<StructureEntry> list) {
        if (kind != OrgKind.COST_TYPE) {
            return list;
        }
        List<StructureEntry> result = new java.util.ArrayList<>();
        java.util.Set<String> codes = list.stream().map(StructureEntry::code).collect(Collectors.toSet());
        list.stream()
                .filter(e -> e.parentCode() == null || !codes.contains(e.parentCode()))
                .forEach(root -> addTree(root, list, result));
        return result;
    }

    private static void addTree(StructureEntry node, List<StructureEntry> all, List<StructureEntry> result) {
        result.add(node);
        all.stream().filter(e -> node.code().equals(e.parentCode())).forEach(child -> addTree(child, all, result));
    }

    private String indentedName(StructureEntry e) {
        if (kind != OrgKind.COST_TYPE) {
            return e.name();
        }
        int depth = 0;
        Map<String, StructureEntry> byCode =
                entries.stream().collect(Collectors.toMap(StructureEntry::code, Function.identity(), (a, b) -> a));
        for (StructureEntry p = byCode.get(e.parentCode()); p != null && depth < 10; p = byCode.get(p.parentCode())) {
            depth++;
        }
        return "\u2003".repeat(depth) + e.name();
    }

    private String years(StructureEntry e) {
        if (e.firstYear() == null && e.lastYear() == null) {
            return getTranslation("structure.years.always");
        }
        return (e.firstYear() == null ? "" : e.firstYear()) + "–" + (e.lastYear() == null ? "" : e.lastYear());
    }

    private Div actions(StructureEntry entry) {
        Div actions = new Div(
                Forms.small(this, "structure.edit", "structure-edit", () -> edit(entry)),
                Forms.small(this, "structure.history", "structure-history", () -> history(entry)),
                Forms.small(this, "structure.close", "structure-close", () -> close(entry)));
        if (kind == OrgKind.UNIT) {
            actions.add(Forms.small(this, "structure.merge", "structure-merge", () -> merge(entry)));
        }
        return actions;
    }

    /** The form: {@code entry} null creates one. */
    private void edit(StructureEntry entry) {
        int shown = year.getAsInt();
        Dialog dialog = named(
                new Dialog(getTranslation(
                        entry == null ? "structure.new." + kind.name().toLowerCase(Locale.ROOT) : "structure.edit")),
                "structure-dialog");
        TextField code = named(new TextField(getTranslation("structure.code")), "entry-code");
        TextField name = named(new TextField(getTranslation("structure.name")), "entry-name");
        ComboBox<String> parent = named(new ComboBox<>(), "entry-parent");
        IntegerField sort = named(new IntegerField(getTranslation("structure.sortOrder")), "entry-sort");
        TextField finance = named(new TextField(getTranslation("structure.financeCode")), "entry-finance");
        TextBounds.limit(name, TextLimits.STRUCTURE_NAME);
        TextBounds.limit(finance, TextLimits.FINANCE_CODE);
        finance.setHelperText(getTranslation("structure.financeCode.help"));
        Checkbox income = named(new Checkbox(getTranslation("structure.income")), "entry-income");
        IntegerField from = named(new IntegerField(getTranslation("structure.fromYear")), "entry-from");
        from.setHelperText(getTranslation("structure.fromYear.help"));
        Binder<EntryForm> binder = new Binder<>();
        binder.forField(code)
                .asRequired(getTranslation("structure.error.codeRequired"))
                .withValidator((c, context) -> OrganisationService.validCode(kind, c)
                        ? com.vaadin.flow.data.binder.ValidationResult.ok()
                        : com.vaadin.flow.data.binder.ValidationResult.error(
                                getTranslation("structure.error.code", c, String.valueOf(kind.maxCodeLength()))))
                .bind(EntryForm::getCode, EntryForm::setCode);
        binder.forField(name)
                .asRequired(getTranslation("structure.error.nameRequired"))
                .bind(EntryForm::getName, EntryForm::setName);
        if (kind.parentKind() != null) {
            parent.setLabel(getTranslation(kind.parentKind().labelKey()));
            List<StructureEntry> parents = service.entries(kind.parentKind(), shown);
            parent.setItems(parents.stream()
                    .map(StructureEntry::code)
                    .filter(c -> entry == null || !c.equals(entry.code()))
                    .toList());
            parent.setItemLabelGenerator(c -> parents.stream()
                    .filter(p -> p.code().equals(c))
                    .map(p -> p.name() + " (" + p.code() + ")")
                    .findFirst()
                    .orElse(c));
            var binding = binder.forField(parent);
            if (kind.parentRequired()) {
                binding = binding.asRequired(getTranslation("structure.error.parentMissing"));
            }
            binding.bind(EntryForm::getParent, EntryForm::setParent);
        }
        binder.forField(sort)
                .asRequired(getTranslation("structure.error.sortRequired"))
                .bind(EntryForm::getSortOrder, EntryForm::setSortOrder);
        binder.forField(finance).bind(EntryForm::getFinanceCode, EntryForm::setFinanceCode);
        binder.forField(income).bind(EntryForm::isIncome, EntryForm::setIncome);
        binder.forField(from)
                .asRequired(getTranslation("structure.error.fromRequired"))
                .withValidator(y -> y >= 2000 && y <= 2099, getTranslation("structure.error.yearRange"))
                .bind(EntryForm::getFromYear, EntryForm::setFromYear);
        EntryForm form = new EntryForm();
        form.setFromYear(shown);
        if (entry == null) {
            form.setSortOrder(
                    entries.stream().mapToInt(StructureEntry::sortOrder).max().orElse(0) + 1);
        } else {
            form.setCode(entry.code());
            form.setName(entry.name());
            form.setParent(entry.parentCode());
            form.setSortOrder(entry.sortOrder());
            form.setFinanceCode(entry.financeCode());
            form.setIncome(entry.income());
            code.setReadOnly(true);
            income.setReadOnly(true);
        }
        binder.readBean(form);
        Paragraph error = Forms.errorLine();
        VerticalLayout fields = new VerticalLayout(code, name);
        if (kind.parentKind() != null) {
            fields.add(parent);
        }
        fields.add(sort, finance);
        if (kind == OrgKind.COST_TYPE) {
            fields.add(income);
        }
        fields.add(from, error);
        dialog.add(fields);
        dialog.getFooter()
                .add(
                        Forms.button(this, "structure.cancel", "entry-cancel", dialog::close),
                        Forms.primary(this, "structure.save", "entry-save", () -> {
                            EntryForm written = new EntryForm();
                            if (!binder.writeBeanIfValid(written)) {
                                return;
                            }
                            StructureEntry wanted = new StructureEntry(
                                    kind,
                                    written.getCode(),
                                    written.getParent(),
                                    written.getName(),
                                    written.getSortOrder(),
                                    written.getFinanceCode(),
                                    null,
                                    null,
                                    written.isIncome(),
                                    null);
                            if (Forms.attempt(
                                    this,
                                    error,
                                    () -> service.save(wanted, written.getFromYear(), CurrentUser.name()))) {
                                dialog.close();
                                Forms.saved(
                                        this, "structure.saved", wanted.name(), String.valueOf(written.getFromYear()));
                                refresh();
                            }
                        }));
        dialog.open();
    }

    private void history(StructureEntry entry) {
        Dialog dialog = named(new Dialog(getTranslation("structure.history.title", entry.name())), "history-dialog");
        Grid<StructureEntry.Version> versions = named(new Grid<>(), "history-grid");
        versions.addColumn(v -> v.fromYear() == null
                        ? getTranslation("structure.years.always")
                        : v.fromYear().toString())
                .setHeader(getTranslation("structure.fromYear"));
        versions.addColumn(StructureEntry.Version::name).setHeader(getTranslation("structure.name"));
        if (kind.parentKind() != null) {
            versions.addColumn(v -> v.parentCode() == null ? "" : v.parentCode())
                    .setHeader(getTranslation(kind.parentKind().labelKey()));
        }
        versions.addColumn(StructureEntry.Version::sortOrder).setHeader(getTranslation("structure.sortOrder"));
        versions.addColumn(v -> v.financeCode() == null ? "" : v.financeCode())
                .setHeader(getTranslation("structure.financeCode"));
        versions.addColumn(v -> v.recordedBy() == null ? "" : v.recordedBy())
                .setHeader(getTranslation("structure.changedBy"));
        versions.setItems(service.history(kind, entry.code()));
        versions.setAllRowsVisible(true);
        versions.setWidth("48rem");
        dialog.add(versions);
        dialog.getFooter().add(Forms.button(this, "structure.closeDialog", "history-close", dialog::close));
        dialog.open();
    }

    private void close(StructureEntry entry) {
        Dialog dialog = named(new Dialog(getTranslation("structure.close.title", entry.name())), "close-dialog");
        IntegerField last = named(new IntegerField(getTranslation("structure.close.lastYear")), "close-year");
        last.setValue(year.getAsInt());
        Paragraph error = Forms.errorLine();
        dialog.add(new VerticalLayout(last, error));
        dialog.getFooter()
                .add(
                        Forms.button(this, "structure.cancel", "close-cancel", dialog::close),
                        Forms.primary(this, "structure.close", "close-save", () -> {
                            if (last.getValue() == null) {
                                last.setInvalid(true);
                                last.setErrorMessage(getTranslation("structure.error.fromRequired"));
                                return;
                            }
                            if (Forms.attempt(
                                    this,
                                    error,
                                    () -> service.close(kind, entry.code(), last.getValue(), CurrentUser.name()))) {
                                dialog.close();
                                refresh();
                            }
                        }));
        dialog.open();
    }

    private void merge(StructureEntry entry) {
        Dialog dialog = named(new Dialog(getTranslation("structure.merge.title", entry.name())), "merge-dialog");
        ComboBox<String> into = named(new ComboBox<>(getTranslation("structure.merge.into")), "merge-into");
        into.setItems(entries.stream()
                .map(StructureEntry::code)
                .filter(c -> !c.equals(entry.code()))
                .toList());
        into.setItemLabelGenerator(c -> entries.stream()
                .filter(e -> e.code().equals(c))
                .map(StructureEntry::name)
                .findFirst()
                .orElse(c));
        IntegerField from = named(new IntegerField(getTranslation("structure.fromYear")), "merge-from");
        from.setValue(year.getAsInt() + 1);
        Paragraph error = Forms.errorLine();
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("structure.merge.help")), into, from, error));
        dialog.getFooter()
                .add(
                        Forms.button(this, "structure.cancel", "merge-cancel", dialog::close),
                        Forms.primary(this, "structure.merge", "merge-save", () -> {
                            if (into.getValue() == null || from.getValue() == null) {
                                error.setText(getTranslation("structure.error.mergeFields"));
                                error.setVisible(true);
                                return;
                            }
                            if (Forms.attempt(
                                    this,
                                    error,
                                    () -> service.mergeUnit(
                                            entry.code(), into.getValue(), from.getValue(), CurrentUser.name()))) {
                                dialog.close();
                                refresh();
                            }
                        }));
        dialog.open();
    }
}
