package se.lagesbild.structure.ui;

import static se.lagesbild.structure.ui.Forms.named;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.TextLimits;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.TextBounds;
import se.lagesbild.goals.Direction;
import se.lagesbild.goals.GoalArea;
import se.lagesbild.goals.Indicator;
import se.lagesbild.goals.UnitGoal;
import se.lagesbild.goals.UnitOfMeasure;
import se.lagesbild.organisation.OrgKind;
import se.lagesbild.organisation.StructureEntry;
import se.lagesbild.security.Role;
import se.lagesbild.structure.StructureService;

/**
 * Struktur → Mål ({@code /struktur/mal?ar=2022}): a year's målområden (the förvaltning's indicator,
 * target share and Gul threshold), the indicators each enhet reports under its enhetsmål (direction,
 * unit of measure, target, Gul threshold), and each enhet's target for the share of late
 * investigations. Each year has its own; Nytt år copies them (Struktur → År).
 */
@RolesAllowed({Role.ADMIN_NAME, Role.CONTROLLER_NAME})
@Route("struktur/mal")
class GoalStructureView extends StructureView {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Grid<GoalArea> areas = named(new Grid<>(), "goal-area-grid");
    private final Grid<Indicator> indicators = named(new Grid<>(), "indicator-grid");
    private final Select<Integer> areaFilter = named(new Select<>(), "indicator-area-filter");
    private final ComboBox<String> unitFilter = named(new ComboBox<>(), "indicator-unit-filter");
    private final Grid<StructureEntry> lateTargets = named(new Grid<>(), "late-grid");
    private List<GoalArea> yearAreas = List.of();
    private List<Indicator> yearIndicators = List.of();
    private Map<String, String> unitGoalTexts = Map.of();
    private Map<String, String> unitNames = Map.of();
    private Map<String, BigDecimal> targets = Map.of();

    GoalStructureView(StructureService service, se.lagesbild.structure.StructureFiles files) {
        super(service, "structure.goals.title", "structure.goals.intro");
        fileTools(files, se.lagesbild.structure.StructureFiles.Kind.GOALS);
        areas.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        areas.addColumn(GoalArea::number)
                .setHeader(getTranslation("structure.goals.number"))
                .setAutoWidth(true);
        areas.addColumn(GoalArea::shortName)
                .setHeader(getTranslation("structure.name"))
                .setAutoWidth(true);
        areas.addColumn(GoalArea::title).setHeader(getTranslation("structure.goals.areaTitle"));
        areas.addColumn(GoalArea::indicatorName).setHeader(getTranslation("structure.goals.areaIndicator"));
        areas.addColumn(a -> SwedishFormat.percent(a.targetShare(), 0))
                .setHeader(getTranslation("structure.goals.targetShare"))
                .setAutoWidth(true);
        areas.addColumn(a -> SwedishFormat.percent(a.yellowThreshold(), 0))
                .setHeader(getTranslation("structure.goals.yellow"))
                .setAutoWidth(true);
        areas.addComponentColumn(a -> Forms.small(this, "structure.edit", "goal-area-edit", () -> editArea(a)))
                .setKey("actions");
        areas.setAllRowsVisible(true);

        areaFilter.setLabel(getTranslation("structure.goals.area"));
        areaFilter.setEmptySelectionAllowed(true);
        areaFilter.setEmptySelectionCaption(getTranslation("structure.all"));
        areaFilter.addValueChangeListener(e -> showIndicators());
        unitFilter.setLabel(getTranslation("structure.kind.unit"));
        unitFilter.setClearButtonVisible(true);
        unitFilter.setItemLabelGenerator(c -> unitNames.getOrDefault(c, c));
        unitFilter.addValueChangeListener(e -> showIndicators());
        indicators.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        indicators
                .addColumn(i -> areaNumber(i.goalAreaId()))
                .setHeader(getTranslation("structure.goals.area"))
                .setAutoWidth(true);
        indicators
                .addColumn(i -> unitNames.getOrDefault(i.unitCode(), i.unitCode()))
                .setHeader(getTranslation("structure.kind.unit"))
                .setAutoWidth(true);
        indicators
                .addColumn(i -> unitGoalTexts.getOrDefault(unitGoalKey(i), ""))
                .setHeader(getTranslation("structure.goals.unitGoal"));
        indicators.addColumn(Indicator::name).setHeader(getTranslation("structure.goals.indicator"));
        indicators
                .addColumn(
                        i -> getTranslation("goals.direction." + i.direction().name()))
                .setHeader(getTranslation("structure.goals.direction"))
                .setAutoWidth(true);
        indicators
                .addColumn(i -> getTranslation(
                        "structure.goals.measure." + i.unitOfMeasure().name()))
                .setHeader(getTranslation("structure.goals.measure"))
                .setAutoWidth(true);
        indicators
                .addColumn(i -> SwedishFormat.exact(i.target()))
                .setHeader(getTranslation("structure.goals.target"))
                .setAutoWidth(true);
        indicators
                .addColumn(i -> SwedishFormat.percent(i.yellowThreshold(), 0))
                .setHeader(getTranslation("structure.goals.yellow"))
                .setAutoWidth(true);
        indicators
                .addComponentColumn(i -> Forms.small(this, "structure.edit", "indicator-edit", () -> editIndicator(i)))
                .setKey("actions");

        lateTargets.addThemeVariants(GridVariant.LUMO_COMPACT);
        lateTargets.addColumn(StructureEntry::name).setHeader(getTranslation("structure.kind.unit"));
        lateTargets
                .addColumn(u -> targets.containsKey(u.code()) ? SwedishFormat.percent(targets.get(u.code()), 0) : "–")
                .setHeader(getTranslation("structure.goals.lateTarget"));
        lateTargets
                .addComponentColumn(u -> Forms.small(this, "structure.edit", "late-edit", () -> editLateTarget(u)))
                .setKey("actions");
        lateTargets.setAllRowsVisible(true);

        add(
                new H2(getTranslation("structure.goals.areas")),
                Forms.primary(this, "structure.goals.newArea", "goal-area-new", () -> editArea(null)),
                areas,
                new H2(getTranslation("structure.goals.indicators")),
                new HorizontalLayout(
                        areaFilter,
                        unitFilter,
                        Forms.primary(
                                this, "structure.goals.newIndicator", "indicator-new", () -> editIndicator(null))),
                indicators,
                new H2(getTranslation("structure.goals.lateTargets")),
                lateTargets);
    }

    @Override
    void refresh() {
        int shown = shownYear();
        yearAreas = service.goalAreas(shown);
        yearIndicators = service.indicators(shown);
        unitGoalTexts = service.unitGoals(shown).stream()
                .collect(
                        Collectors.toMap(g -> g.goalAreaId() + "/" + g.unitCode(), UnitGoal::description, (a, b) -> a));
        List<StructureEntry> units = service.entries(OrgKind.UNIT, shown);
        unitNames = units.stream().collect(Collectors.toMap(StructureEntry::code, StructureEntry::name, (a, b) -> a));
        targets = service.lateShareTargets(shown);
        areas.setItems(yearAreas);
        Integer area = areaFilter.getValue();
        areaFilter.setItems(yearAreas.stream().map(GoalArea::number).toList());
        if (area != null && yearAreas.stream().anyMatch(a -> a.number() == area)) {
            areaFilter.setValue(area);
        }
        unitFilter.setItems(units.stream().map(StructureEntry::code).toList());
        showIndicators();
        lateTargets.setItems(units);
    }

    private void showIndicators() {
        Integer area = areaFilter.getValue();
        String unit = unitFilter.getValue();
        indicators.setItems(yearIndicators.stream()
                .filter(i -> area == null || Objects.equals(areaNumber(i.goalAreaId()), area))
                .filter(i -> unit == null || unit.equals(i.unitCode()))
                .toList());
    }

    private Integer areaNumber(long goalAreaId) {
        return yearAreas.stream()
                .filter(a -> a.id() == goalAreaId)
                .map(GoalArea::number)
                .findFirst()
                .orElse(null);
    }

    private static String unitGoalKey(Indicator i) {
        return i.goalAreaId() + "/" + i.unitCode();
    }

    /** Binds a required share in per cent, 0 to 100, to the form's {@code property}. */
    private void bindPercent(Binder<Bean> binder, BigDecimalField field, String requiredKey, String property) {
        Bean.bind(
                binder.forField(field)
                        .asRequired(getTranslation(requiredKey))
                        .withValidator(
                                v -> v.signum() >= 0 && v.compareTo(HUNDRED) <= 0,
                                getTranslation("structure.error.percentRange")),
                property);
    }

    /**
     * Opens a form dialog; "Spara" writes the form if the binder's validation passes and hands its
     * values to {@code save}, whose refusal by the rules shows on the error line.
     */
    private void dialog(
            String titleKey,
            String className,
            VerticalLayout fields,
            Binder<Bean> binder,
            Paragraph error,
            java.util.function.Consumer<Bean> save) {
        Dialog dialog = named(new Dialog(getTranslation(titleKey)), className);
        fields.add(error);
        dialog.add(fields);
        dialog.getFooter()
                .add(
                        Forms.button(this, "structure.cancel", "form-cancel", dialog::close),
                        Forms.primary(this, "structure.save", "form-save", () -> {
                            Bean written = new Bean();
                            if (binder.writeBeanIfValid(written)
                                    && Forms.attempt(this, error, () -> save.accept(written))) {
                                dialog.close();
                                refresh();
                            }
                        }));
        dialog.open();
    }

    private void editArea(GoalArea area) {
        IntegerField number = named(new IntegerField(getTranslation("structure.goals.number")), "area-number");
        TextField shortName = named(new TextField(getTranslation("structure.name")), "area-short");
        TextArea title = named(new TextArea(getTranslation("structure.goals.areaTitle")), "area-title");
        TextField indicator = named(new TextField(getTranslation("structure.goals.areaIndicator")), "area-indicator");
        TextBounds.limit(shortName, TextLimits.GOAL_SHORT_NAME);
        TextBounds.limit(title, TextLimits.GOAL_TEXT);
        TextBounds.limit(indicator, TextLimits.GOAL_TEXT);
        BigDecimalField target =
                named(new BigDecimalField(getTranslation("structure.goals.targetShare")), "area-target");
        BigDecimalField yellow = named(new BigDecimalField(getTranslation("structure.goals.yellow")), "area-yellow");
        yellow.setHelperText(getTranslation("structure.goals.yellow.help"));
        Binder<Bean> binder = new Binder<>();
        Bean.bind(
                binder.forField(number)
                        .asRequired(getTranslation("structure.error.numberRequired"))
                        .withValidator(n -> n >= 1 && n <= 99, getTranslation("structure.error.numberRange")),
                "number");
        Bean.bind(binder.forField(shortName).asRequired(getTranslation("structure.error.nameRequired")), "shortName");
        Bean.bind(binder.forField(title).asRequired(getTranslation("structure.error.titleRequired")), "title");
        Bean.bind(
                binder.forField(indicator).asRequired(getTranslation("structure.error.indicatorRequired")),
                "indicator");
        bindPercent(binder, target, "structure.error.targetRequired", "target");
        bindPercent(binder, yellow, "structure.error.yellowRequired", "yellow");
        Bean bean = new Bean();
        if (area == null) {
            bean.put(
                    "number",
                    yearAreas.stream().mapToInt(GoalArea::number).max().orElse(0) + 1);
            bean.put("yellow", BigDecimal.TEN);
        } else {
            bean.put("number", area.number());
            bean.put("shortName", area.shortName());
            bean.put("title", area.title());
            bean.put("indicator", area.indicatorName());
            bean.put("target", area.targetShare());
            bean.put("yellow", area.yellowThreshold());
            number.setReadOnly(true);
        }
        binder.readBean(bean);
        var error = Forms.errorLine();
        dialog(
                area == null ? "structure.goals.newArea" : "structure.edit",
                "goal-area-dialog",
                new VerticalLayout(number, shortName, title, indicator, target, yellow),
                binder,
                error,
                written -> service.saveGoalArea(
                        new StructureService.GoalAreaForm(
                                area == null ? null : area.id(),
                                shownYear(),
                                written.<Integer>value("number"),
                                written.value("shortName"),
                                written.value("title"),
                                written.value("indicator"),
                                written.value("target"),
                                written.value("yellow")),
                        CurrentUser.name()));
    }

    private void editIndicator(Indicator indicator) {
        Select<Integer> area = named(new Select<>(), "ind-area");
        area.setLabel(getTranslation("structure.goals.area"));
        area.setItems(yearAreas.stream().map(GoalArea::number).toList());
        area.setItemLabelGenerator(n -> yearAreas.stream()
                .filter(a -> a.number() == n)
                .map(a -> n + " " + a.shortName())
                .findFirst()
                .orElse(String.valueOf(n)));
        ComboBox<String> unit = named(new ComboBox<>(getTranslation("structure.kind.unit")), "ind-unit");
        unit.setItems(unitNames.keySet().stream().sorted().toList());
        unit.setItemLabelGenerator(c -> unitNames.getOrDefault(c, c));
        TextArea unitGoal = named(new TextArea(getTranslation("structure.goals.unitGoal")), "ind-goal");
        TextField name = named(new TextField(getTranslation("structure.goals.indicator")), "ind-name");
        TextBounds.limit(unitGoal, TextLimits.UNIT_GOAL);
        TextBounds.limit(name, TextLimits.GOAL_TEXT);
        Select<Direction> direction = named(new Select<>(), "ind-direction");
        direction.setLabel(getTranslation("structure.goals.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("goals.direction." + d.name()));
        Select<UnitOfMeasure> measure = named(new Select<>(), "ind-measure");
        measure.setLabel(getTranslation("structure.goals.measure"));
        measure.setItems(UnitOfMeasure.values());
        measure.setItemLabelGenerator(m -> getTranslation("structure.goals.measure." + m.name()));
        BigDecimalField target = named(new BigDecimalField(getTranslation("structure.goals.target")), "ind-target");
        BigDecimalField yellow = named(new BigDecimalField(getTranslation("structure.goals.yellow")), "ind-yellow");
        IntegerField sort = named(new IntegerField(getTranslation("structure.sortOrder")), "ind-sort");
        Binder<Bean> binder = new Binder<>();
        Bean.bind(binder.forField(area).asRequired(getTranslation("structure.error.areaRequired")), "area");
        Bean.bind(binder.forField(unit).asRequired(getTranslation("structure.error.unitRequired")), "unit");
        Bean.bind(binder.forField(unitGoal).asRequired(getTranslation("structure.error.unitGoalRequired")), "unitGoal");
        Bean.bind(binder.forField(name).asRequired(getTranslation("structure.error.nameRequired")), "name");
        Bean.bind(
                binder.forField(direction).asRequired(getTranslation("structure.error.indicatorFields")), "direction");
        Bean.bind(binder.forField(measure).asRequired(getTranslation("structure.error.indicatorFields")), "measure");
        Bean.bind(
                binder.forField(target)
                        .asRequired(getTranslation("structure.error.targetRequired"))
                        .withValidator(
                                v -> measure.getValue() == null
                                        || measure.getValue().accepts(v),
                                getTranslation("structure.error.targetMeasure")),
                "target");
        bindPercent(binder, yellow, "structure.error.yellowRequired", "yellow");
        Bean.bind(binder.forField(sort).asRequired(getTranslation("structure.error.sortRequired")), "sort");
        Bean bean = new Bean();
        if (indicator == null) {
            bean.put("area", areaFilter.getValue());
            bean.put("unit", unitFilter.getValue());
            bean.put("yellow", BigDecimal.TEN);
            bean.put("sort", 1);
        } else {
            bean.put("area", areaNumber(indicator.goalAreaId()));
            bean.put("unit", indicator.unitCode());
            bean.put("unitGoal", unitGoalTexts.get(unitGoalKey(indicator)));
            bean.put("name", indicator.name());
            bean.put("direction", indicator.direction());
            bean.put("measure", indicator.unitOfMeasure());
            bean.put("target", indicator.target());
            bean.put("yellow", indicator.yellowThreshold());
            bean.put("sort", indicator.sortOrder());
            area.setReadOnly(true);
            unit.setReadOnly(true);
        }
        binder.readBean(bean);
        unit.addValueChangeListener(e -> {
            if (area.getValue() != null && e.getValue() != null && unitGoal.isEmpty()) {
                yearAreas.stream()
                        .filter(a -> a.number() == area.getValue())
                        .findFirst()
                        .map(a -> unitGoalTexts.get(a.id() + "/" + e.getValue()))
                        .ifPresent(unitGoal::setValue);
            }
        });
        var error = Forms.errorLine();
        dialog(
                indicator == null ? "structure.goals.newIndicator" : "structure.edit",
                "indicator-dialog",
                new VerticalLayout(area, unit, unitGoal, name, direction, measure, target, yellow, sort),
                binder,
                error,
                written -> service.saveIndicator(
                        new StructureService.IndicatorForm(
                                indicator == null ? null : indicator.id(),
                                shownYear(),
                                written.<Integer>value("area"),
                                written.value("unit"),
                                written.value("unitGoal"),
                                written.value("name"),
                                written.value("direction"),
                                written.value("measure"),
                                written.value("target"),
                                written.value("yellow"),
                                written.<Integer>value("sort")),
                        CurrentUser.name()));
    }

    private void editLateTarget(StructureEntry unit) {
        BigDecimalField target =
                named(new BigDecimalField(getTranslation("structure.goals.lateTarget")), "late-target");
        Binder<Bean> binder = new Binder<>();
        bindPercent(binder, target, "structure.error.targetRequired", "target");
        Bean bean = new Bean();
        bean.put("target", targets.get(unit.code()));
        binder.readBean(bean);
        var error = Forms.errorLine();
        dialog(
                "structure.goals.lateTarget",
                "late-dialog",
                new VerticalLayout(new Paragraph(unit.name()), target),
                binder,
                error,
                written -> service.setLateShareTarget(
                        unit.code(), shownYear(), written.value("target"), CurrentUser.name()));
    }
}
