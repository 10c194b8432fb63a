package se.lagesbild.structure.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.goals.Direction;
import se.lagesbild.goals.UnitOfMeasure;
import se.lagesbild.organisation.OrgKind;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.YearState;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditEvent;
import se.lagesbild.security.AuditKind;
import se.lagesbild.structure.StructureService;
import se.lagesbild.support.KaribuTest;

/**
 * The Struktur views driven as a controller would: create, change from a year on, validation
 * messages, and the history kept. They work in 2031–2033, years no other test reads.
 */
class StructureViewsTest extends KaribuTest {

    @Autowired
    OrganisationService organisation;

    @Autowired
    StructureService structure;

    @Autowired
    Audit audit;

    @Test
    void theStructureMenuIsForAdminsAndControllers() {
        navigate("struktur/organisation");
        assertThat(_find(SideNav.class).stream().map(SideNav::getLabel)).contains("Struktur");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .contains("Organisation", "Kostnadsslag", "År");
    }

    @Test
    void ledningSeesNoStructureAndCannotOpenIt() {
        login("ledning");
        navigate("");
        assertThat(_find(SideNav.class).stream().map(SideNav::getLabel)).doesNotContain("Struktur");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Organisation");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("struktur/mal"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> structure.openNextYear("ledning"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aControllerAddsAVerksamhetFrom2031RenamesItFrom2032AndItsHistoryKeepsBoth() {
        navigate("struktur/organisation", "ar", "2031");
        kind().setValue(OrgKind.ACTIVITY);
        EntriesPanelView activities = new EntriesPanelView("entries-activity");
        assertThat(activities.column(1)).contains("Barn- och ungdomsvård", "Ekonomiskt bistånd");

        activities.click("structure-new");
        // validation: the required fields say what is missing
        field(TextField.class, "entry-code").setValue("");
        click("entry-save");
        assertThat(error(TextField.class, "entry-code")).isEqualTo("Ange en kod");
        assertThat(error(TextField.class, "entry-name")).isEqualTo("Ange ett namn");
        assertThat(error(ComboBox.class, "entry-parent")).isEqualTo("Välj var den hör hemma");
        field(TextField.class, "entry-code").setValue("PANDEMI 2031");
        click("entry-save");
        assertThat(error(TextField.class, "entry-code"))
                .isEqualTo("Ogiltig kod 'PANDEMI 2031': använd bokstäver, siffror, - _ och . (högst 40 tecken)");
        field(TextField.class, "entry-code").setValue("PANDEMI31");
        // the rules: a name another verksamhet has that year is refused by the service
        field(TextField.class, "entry-name").setValue("Ekonomiskt bistånd");
        combo("entry-parent").setValue("IFO");
        field(TextField.class, "entry-finance").setValue("8031");
        click("entry-save");
        assertThat(formError()).isEqualTo("Namnet 'Ekonomiskt bistånd' används redan år 2031");
        field(TextField.class, "entry-name").setValue("Pandemiinsatser");
        click("entry-save");
        assertThat(_find(Component.class, spec -> spec.withClasses("structure-dialog")))
                .isEmpty();
        assertThat(organisation.organisation(2031).activity("PANDEMI31").map(a -> a.name()))
                .contains("Pandemiinsatser");
        assertThat(organisation.organisation(2030).activity("PANDEMI31")).isEmpty();
        int row = activities.column(0).indexOf("PANDEMI31");
        assertThat(GridKt._getFormattedRow(activities.grid, row))
                .contains("Pandemiinsatser", "Individ & familjeomsorg", "8031", "2031–");

        // a change from 2032 on: 2031 keeps its name
        activities.action(row, "structure-edit");
        assertThat(field(TextField.class, "entry-code").isReadOnly()).isTrue();
        field(TextField.class, "entry-name").setValue("Pandemi- och krisinsatser");
        field(IntegerField.class, "entry-from").setValue(2032);
        click("entry-save");
        assertThat(organisation.organisation(2031).activity("PANDEMI31").map(a -> a.name()))
                .contains("Pandemiinsatser");
        assertThat(organisation.organisation(2032).activity("PANDEMI31").map(a -> a.name()))
                .contains("Pandemi- och krisinsatser");
        assertThat(activities.column(1)).contains("Pandemiinsatser");

        activities.action(activities.column(0).indexOf("PANDEMI31"), "structure-history");
        Grid<?> history = grid("history-grid");
        assertThat(column(history, 0)).containsExactly("2031", "2032");
        assertThat(column(history, 1)).containsExactly("Pandemiinsatser", "Pandemi- och krisinsatser");
        assertThat(column(history, 5)).containsExactly("", "controller");
        // and the change is in the audit trail
        List<AuditEvent> events = audit.search(
                "controller", new Audit.Filter("controller", null, null, AuditKind.STRUCTURE, null, null), 50);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.what()).isEqualTo("ACTIVITY PANDEMI31 från 2032");
            assertThat(e.oldValue()).startsWith("Pandemiinsatser under IFO");
            assertThat(e.newValue()).startsWith("Pandemi- och krisinsatser under IFO");
        });
    }

    @Test
    void anEnhetIsCreatedAndClosedAndASpellingAdded() {
        navigate("struktur/organisation", "ar", "2031");
        kind().setValue(OrgKind.UNIT);
        EntriesPanelView units = new EntriesPanelView("entries-unit");
        units.click("structure-new");
        field(TextField.class, "entry-code").setValue("KRIS31");
        field(TextField.class, "entry-name").setValue("Krisenheten");
        combo("entry-parent").setValue("ASF");
        click("entry-save");
        assertThat(units.column(0)).contains("KRIS31");

        units.action(units.column(0).indexOf("KRIS31"), "structure-close");
        field(IntegerField.class, "close-year").setValue(2032);
        click("close-save");
        assertThat(organisation.organisation(2032).unit("KRIS31")).isPresent();
        assertThat(organisation.organisation(2033).unit("KRIS31")).isEmpty();

        @SuppressWarnings("unchecked")
        Select<OrgKind> aliasKind = field(Select.class, "alias-kind");
        aliasKind.setValue(OrgKind.UNIT);
        field(TextField.class, "alias-text").setValue("Kris-enheten");
        @SuppressWarnings("unchecked")
        ComboBox<se.lagesbild.organisation.StructureEntry> target = field(ComboBox.class, "alias-target");
        target.setValue(structure.allEntries(OrgKind.UNIT).stream()
                .filter(e -> e.code().equals("KRIS31"))
                .findFirst()
                .orElseThrow());
        click("alias-add");
        assertThat(column(grid("alias-grid"), 0)).contains("Kris-enheten");
        assertThat(organisation.resolveUnit("kris-enheten").map(u -> u.code())).contains("KRIS31");
        // the same spelling for another enhet is refused with what it already means
        target.setValue(structure.allEntries(OrgKind.UNIT).stream()
                .filter(e -> e.code().equals("VE"))
                .findFirst()
                .orElseThrow());
        field(TextField.class, "alias-text").setValue("Kris-enheten");
        click("alias-add");
        assertThat(texts("structure-error")).contains("Stavningen 'Kris-enheten' betyder redan KRIS31");
    }

    @Test
    void aCostTypeGroupAndLeafAreAddedFrom2031AndShownAsATree() {
        navigate("struktur/kostnadsslag", "ar", "2031");
        EntriesPanelView costTypes = new EntriesPanelView("entries-cost_type");
        assertThat(costTypes.column(1)).contains("Övriga kostnader", "\u2003Bidrag");
        costTypes.click("structure-new");
        field(TextField.class, "entry-code").setValue("KRIS_GRP");
        field(TextField.class, "entry-name").setValue("Krisposter");
        field(IntegerField.class, "entry-sort").setValue(50);
        click("entry-save");
        costTypes.click("structure-new");
        field(TextField.class, "entry-code").setValue("KRIS_LEASING");
        field(TextField.class, "entry-name").setValue("Leasing av tält");
        combo("entry-parent").setValue("KRIS_GRP");
        field(IntegerField.class, "entry-sort").setValue(51);
        click("entry-save");
        List<String> names = costTypes.column(1);
        assertThat(names.indexOf("\u2003Leasing av tält")).isEqualTo(names.indexOf("Krisposter") + 1);
        assertThat(organisation.organisation(2031).childrenOf("KRIS_GRP"))
                .extracting(c -> c.name())
                .containsExactly("Leasing av tält");
        assertThat(organisation.organisation(2030).costTypesByCode()).doesNotContainKey("KRIS_GRP");
        // the filter finds by name
        field(TextField.class, "structure-filter").setValue("leasing");
        assertThat(costTypes.column(0)).containsExactly("KRIS_LEASING");
    }

    @Test
    void aGoalAreaAndAnIndicatorAreSetUpFor2031WithTheirValidationAndTheLateShareTarget() {
        navigate("struktur/mal", "ar", "2031");
        click("goal-area-new");
        field(TextField.class, "area-short").setValue("Kvalitet");
        field(BigDecimalField.class, "area-target").setValue(new BigDecimal("120"));
        click("form-save");
        assertThat(error(TextArea.class, "area-title")).isEqualTo("Ange en rubrik");
        assertThat(error(BigDecimalField.class, "area-target")).isEqualTo("Ange en procentsats 0–100");
        field(TextArea.class, "area-title").setValue("Verksamheten håller god kvalitet");
        field(TextField.class, "area-indicator").setValue("Andel enheter som nått sitt enhetsmål");
        field(BigDecimalField.class, "area-target").setValue(new BigDecimal("60"));
        click("form-save");
        assertThat(column(grid("goal-area-grid"), 1)).containsExactly("Kvalitet");
        assertThat(column(grid("goal-area-grid"), 4)).containsExactly("60 %");

        // change the target: the audit trail keeps the old one
        ((Button) GridKt._getCellComponent(grid("goal-area-grid"), 0, "actions")).click();
        field(BigDecimalField.class, "area-target").setValue(new BigDecimal("70"));
        click("form-save");
        assertThat(column(grid("goal-area-grid"), 4)).containsExactly("70 %");
        assertThat(audit.search(
                        "controller", new Audit.Filter(null, null, "2031", AuditKind.STRUCTURE, null, null), 20))
                .anySatisfy(e -> {
                    assertThat(e.what()).isEqualTo("Målområde 1 2031");
                    assertThat(e.oldValue()).contains("målnivå 60 %");
                    assertThat(e.newValue()).contains("målnivå 70 %");
                });

        click("indicator-new");
        @SuppressWarnings("unchecked")
        Select<Integer> area = field(Select.class, "ind-area");
        area.setValue(1);
        combo("ind-unit").setValue("BUE");
        field(TextArea.class, "ind-goal").setValue("Barn får insatser i tid");
        field(TextField.class, "ind-name").setValue("Andel utredningar inom tidsgränsen");
        @SuppressWarnings("unchecked")
        Select<Direction> direction = field(Select.class, "ind-direction");
        direction.setValue(Direction.HIGHER_IS_BETTER);
        @SuppressWarnings("unchecked")
        Select<UnitOfMeasure> measure = field(Select.class, "ind-measure");
        measure.setValue(UnitOfMeasure.PERCENT);
        field(BigDecimalField.class, "ind-target").setValue(new BigDecimal("140"));
        click("form-save");
        assertThat(error(BigDecimalField.class, "ind-target"))
                .isEqualTo("Målnivån passar inte måttenheten (procent 0–100, antal 0 eller mer, ja/nej 1 eller 0)");
        field(BigDecimalField.class, "ind-target").setValue(new BigDecimal("90"));
        click("form-save");
        Grid<?> indicators = grid("indicator-grid");
        assertThat(GridKt._getFormattedRow(indicators, 0).stream().map(t -> t.replace('\u00A0', ' ')))
                .contains(
                        "1",
                        "Barn- och ungdomsenheten",
                        "Barn får insatser i tid",
                        "Andel utredningar inom tidsgränsen",
                        "högre är bättre",
                        "procent",
                        "90",
                        "10 %");
        assertThat(structure.indicators(2031)).singleElement().satisfies(i -> {
            assertThat(i.unitCode()).isEqualTo("BUE");
            assertThat(i.target()).isEqualByComparingTo("90");
        });
        // the filters
        combo("indicator-unit-filter").setValue("VE");
        assertThat(GridKt._size(grid("indicator-grid"))).isZero();
        combo("indicator-unit-filter").setValue("BUE");
        assertThat(GridKt._size(grid("indicator-grid"))).isEqualTo(1);

        Grid<?> late = grid("late-grid");
        int bue = column(late, 0).indexOf("Barn- och ungdomsenheten");
        ((Button) GridKt._getCellComponent(late, bue, "actions")).click();
        field(BigDecimalField.class, "late-target").setValue(new BigDecimal("12"));
        click("form-save");
        assertThat(column(grid("late-grid"), 1).get(bue)).isEqualTo("12 %");
        assertThat(structure.lateShareTargets(2031)).containsEntry("BUE", new BigDecimal("12.00"));
    }

    @Test
    void nyttArOpensTheNextYearAsADraftWithTheGoalStructureAndItIsPublishedAndAnotherLocked() {
        int newest = structure.years().getLast().year();
        if (structure.goalAreas(newest).isEmpty()) {
            structure.saveGoalArea(
                    new StructureService.GoalAreaForm(
                            null,
                            newest,
                            1,
                            "Leverans",
                            "Rätt insats i tid",
                            "Andel enheter",
                            BigDecimal.TEN,
                            BigDecimal.TEN),
                    "controller");
        }
        int areas = structure.goalAreas(newest).size();
        organisation.setYearState(2007, YearState.PUBLISHED, "controller");

        navigate("struktur/ar");
        click("year-next");
        int opened = newest + 1;
        Grid<?> years = grid("years-grid");
        assertThat(column(years, 0).getFirst()).isEqualTo(String.valueOf(opened));
        assertThat(column(years, 1).getFirst()).isEqualTo("Utkast");
        assertThat(structure.goalAreas(opened)).hasSize(areas);
        assertThat(structure.yearState(opened)).isEqualTo(YearState.DRAFT);

        // changed in the draft: a new verksamhet from the new year
        structure.save(
                new se.lagesbild.organisation.StructureEntry(
                        OrgKind.ACTIVITY,
                        "NYTT" + opened,
                        "CAI",
                        "Nytt statsbidrag " + opened,
                        40,
                        null,
                        null,
                        null,
                        false,
                        null),
                opened,
                "controller");
        assertThat(organisation.organisation(opened).activity("NYTT" + opened)).isPresent();

        GridKt._getCellComponent(grid("years-grid"), 0, "actions")
                .getChildren()
                .filter(c -> c.hasClassName("year-publish"))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow()
                .click();
        confirm();
        assertThat(structure.yearState(opened)).isEqualTo(YearState.PUBLISHED);
        assertThat(column(grid("years-grid"), 1).getFirst()).isEqualTo("Publicerat");

        int row = column(grid("years-grid"), 0).indexOf("2007");
        GridKt._getCellComponent(grid("years-grid"), row, "actions")
                .getChildren()
                .filter(c -> c.hasClassName("year-lock"))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow()
                .click();
        confirm();
        assertThat(structure.yearState(2007)).isEqualTo(YearState.LOCKED);
        assertThat(GridKt._getFormattedRow(grid("years-grid"), row)).contains("2007", "Låst");
    }

    @Test
    void aStructureFileImportedInTheViewShowsItsRowsOrEveryErrorWithRowAndColumn() {
        navigate("struktur/kostnadsslag", "ar", "2038");
        StructureFileTools tools = _get(StructureFileTools.class);
        tools.importFile(
                "fel.csv",
                "År;Kod;Namn;Hör till;Sortering;Intäkt\r\n2038;LEASE38;Leasing;;60;kanske\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(texts("structure-file-error")).containsExactly("Rad 2, Intäkt: Ange ja eller nej, inte 'kanske'");
        tools.importFile(
                "kostnadsslag-2038.csv",
                "År;Kod;Namn;Hör till;Sortering;Intäkt\r\n2038;LEASE38;Leasing;;60;nej\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(_get(
                        Paragraph.class,
                        spec -> spec.withText("kostnadsslag-2038.csv: 1 nya, 0 ändrade, 0 oförändrade")))
                .isNotNull();
        assertThat(new EntriesPanelView("entries-cost_type").column(0)).contains("LEASE38");
    }

    // ------------------------------------------------------------------ helpers

    private static void confirm() {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                dialog, new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(dialog, false));
        dialog.close();
    }

    /** The grid and buttons of one kind's panel. */
    private static final class EntriesPanelView {
        final Component panel;
        final Grid<?> grid;

        EntriesPanelView(String className) {
            panel = _get(Component.class, spec -> spec.withClasses(className));
            grid = _get(panel, Grid.class, spec -> spec.withClasses("structure-grid"));
        }

        List<String> column(int column) {
            return StructureViewsTest.column(grid, column);
        }

        void click(String className) {
            _click(_get(panel, Button.class, spec -> spec.withClasses(className)));
        }

        void action(int row, String className) {
            GridKt._getCellComponent(grid, row, "actions")
                    .getChildren()
                    .filter(c -> c.hasClassName(className))
                    .map(Button.class::cast)
                    .findFirst()
                    .orElseThrow()
                    .click();
        }
    }

    @SuppressWarnings("unchecked")
    private static Select<OrgKind> kind() {
        return field(Select.class, "structure-kind");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String className) {
        return field(ComboBox.class, className);
    }

    private static <T extends Component> T field(Class<T> type, String className) {
        return _get(type, spec -> spec.withClasses(className));
    }

    private static void click(String className) {
        _click(_get(Button.class, spec -> spec.withClasses(className)));
    }

    private static String error(Class<? extends Component> type, String className) {
        HasValidation field = (HasValidation) field(type, className);
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    private static String formError() {
        return texts("structure-error").stream().findFirst().orElse(null);
    }

    private static List<String> texts(String className) {
        return _find(Paragraph.class, spec -> spec.withClasses(className)).stream()
                .filter(Component::isVisible)
                .map(Paragraph::getText)
                .toList();
    }

    private static Grid<?> grid(String className) {
        return _get(Grid.class, spec -> spec.withClasses(className));
    }

    private static List<String> column(Grid<?> grid, int column) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i).get(column).replace('\u00A0', ' '))
                .toList();
    }
}
