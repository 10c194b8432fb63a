package se.lagesbild.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.security.Access;
import se.lagesbild.security.AuditKind;
import se.lagesbild.security.Role;
import se.lagesbild.support.KaribuTest;

/** The user administration and the audit log, driven as an admin and a controller would. */
class AdministrationViewsTest extends KaribuTest {

    @Autowired
    Access access;

    @Test
    void anAdminCreatesAnEnhetschefAndDeactivatesTheUserWhoseHistoryStays() {
        login("admin");
        navigate("admin/anvandare");
        assertThat(column(grid("users-grid"), 0)).contains("admin", "controller", "enhetschef", "ledning", "namnd");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .contains("Användare", "Granskningslogg");

        click("new-user");
        field(TextField.class, "user-username").setValue("chef-fse");
        field(TextField.class, "user-name").setValue("Chef Försörjningsstöd");
        field(PasswordField.class, "user-password").setValue("kort");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = field(CheckboxGroup.class, "user-roles");
        roles.setValue(Set.of(Role.ENHETSCHEF));
        click("save-user");
        assertThat(errors()).containsExactly("En enhetschef behöver minst en enhet");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> units = field(MultiSelectComboBox.class, "user-units");
        units.setValue(Set.of("FSE"));
        click("save-user");
        assertThat(errors()).containsExactly("Lösenordet ska vara minst 10 tecken");
        field(PasswordField.class, "user-password").setValue("ett-tillräckligt-långt");
        click("save-user");
        assertThat(access.user("chef-fse")).hasValueSatisfying(u -> {
            assertThat(u.roles()).containsExactly(Role.ENHETSCHEF);
            assertThat(u.units()).containsExactly("FSE");
        });

        Grid<?> users = grid("users-grid");
        int row = column(users, 0).indexOf("chef-fse");
        assertThat(GridKt._getFormattedRow(users, row).get(5)).isEqualTo("Ja");
        GridKt._getCellComponent(users, row, "actions")
                .getChildren()
                .filter(c -> c.hasClassName("deactivate-user"))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(access.user("chef-fse")).isEmpty();
        assertThat(GridKt._getFormattedRow(grid("users-grid"), row)).contains("chef-fse", "Nej");
    }

    @Test
    void aTooLongDisplayNameIsLimitedByTheFieldAndRefusedInSwedishInsteadOfFailingSilently() {
        login("admin");
        navigate("admin/anvandare");
        click("new-user");
        TextField name = field(TextField.class, "user-name");
        assertThat(name.getMaxLength()).isEqualTo(se.lagesbild.base.TextLimits.DISPLAY_NAME);
        assertThat(name.getHelperText()).isEqualTo("Högst 200 tecken");
        // the probe: 300 characters (a request that bypasses the field's own limit)
        field(TextField.class, "user-username").setValue("lang-namn");
        name.setValue("N".repeat(300));
        field(PasswordField.class, "user-password").setValue("ett-tillräckligt-långt");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = field(CheckboxGroup.class, "user-roles");
        roles.setValue(Set.of(Role.LEDNING));
        click("save-user");
        assertThat(errors()).containsExactly("Namnet får vara högst 200 tecken");
        assertThat(access.user("lang-namn")).isEmpty();
    }

    @Test
    void aControllerFiltersTheAuditLogByUserAndKind() {
        login("admin");
        navigate("admin/anvandare");
        login("controller");
        navigate("admin/granskning");
        field(TextField.class, "audit-user").setValue("demodata");
        @SuppressWarnings("unchecked")
        Select<AuditKind> kind = field(Select.class, "audit-kind");
        kind.setValue(AuditKind.USER_CHANGE);
        click("audit-filter");
        List<String> what = column(grid("audit-grid"), 5);
        assertThat(what).contains("Demoanvändare skapad: admin", "Demoanvändare skapad: enhetschef");
        assertThat(column(grid("audit-grid"), 1)).containsOnly("demodata");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getText()))
                .contains("Exportera CSV");
    }

    @Test
    void theNamndSeesNoAdministrationAndCannotOpenIt() {
        login("namnd");
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .containsExactly("Översikt", "Ekonomi", "Utredningar", "Mål", "Jämförelser", "Nämndmöte");
        assertThatThrownBy(() -> navigate("admin/anvandare"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
        assertThat(_find(Grid.class).stream().filter(g -> g.hasClassName("users-grid")))
                .isEmpty();
    }

    @Test
    void anEndedSessionIsAnnouncedInSwedishBeforeTheLogin() {
        com.vaadin.flow.server.SystemMessages messages =
                com.vaadin.flow.server.VaadinService.getCurrent().getSystemMessages(java.util.Locale.of("sv"), null);
        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("Sessionen har gått ut");
        assertThat(messages.getSessionExpiredMessage()).startsWith("Du har loggats ut: sessionen tog slut");
    }

    static List<String> errors() {
        return _find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .filter(p -> p.hasClassName("user-error"))
                .map(p -> p.getText())
                .toList();
    }

    static List<String> column(Grid<?> grid, int column) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i).get(column))
                .toList();
    }

    static Grid<?> grid(String className) {
        return _find(Grid.class).stream()
                .filter(g -> g.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }

    static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String className) {
        return _find(type).stream()
                .filter(c -> c.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }

    static void click(String className) {
        field(Button.class, className).click();
    }
}
