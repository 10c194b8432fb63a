package se.lagesbild.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.TextLimits;
import se.lagesbild.base.ui.ComponentTexts;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.base.ui.TextBounds;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.Unit;
import se.lagesbild.security.AppUser;
import se.lagesbild.security.Role;
import se.lagesbild.security.Users;

/**
 * Administration of users ({@code /admin/anvandare}): each user's roles and enheter, create, change
 * (also the password) and deactivate or reactivate; a user is never deleted, so history stays whole.
 */
@RolesAllowed(Role.ADMIN_NAME)
@Route("admin/anvandare")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final Users users;
    private final List<Unit> units;
    private final Grid<AppUser> grid = new Grid<>();
    private final Div hints = new Div();

    UsersView(Users users, OrganisationService organisation) {
        this.users = users;
        this.units = organisation.organisation().units();
        addClassName("users-view");
        grid.addClassName("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AppUser::username)
                .setHeader(getTranslation("security.users.username"))
                .setAutoWidth(true);
        grid.addColumn(AppUser::displayName)
                .setHeader(getTranslation("security.users.name"))
                .setAutoWidth(true);
        grid.addColumn(AppUser::email)
                .setHeader(getTranslation("security.users.email"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream()
                        .sorted()
                        .map(r -> getTranslation("security.role." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("security.users.roles"))
                .setAutoWidth(true);
        grid.addColumn(u -> String.join(", ", new TreeSet<>(u.units())))
                .setHeader(getTranslation("security.users.units"))
                .setAutoWidth(true);
        grid.addColumn(u -> yesNo(u.active()))
                .setHeader(getTranslation("security.users.active"))
                .setAutoWidth(true);
        grid.addColumn(u -> yesNo(u.demoPassword()))
                .setHeader(getTranslation("security.users.demoPassword"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        Button create = new Button(getTranslation("security.users.new"), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-user");
        hints.addClassName("users-hints");
        add(new H1(getTranslation("security.users.title")), hints, create, grid);
        refresh();
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "security.users.yes" : "security.users.no");
    }

    private Div actions(AppUser user) {
        Button edit = new Button(getTranslation("security.users.edit"), e -> edit(user));
        edit.addClassName("edit-user");
        Button active = new Button(
                getTranslation(user.active() ? "security.users.deactivate" : "security.users.activate"),
                e -> setActive(user, !user.active()));
        active.addClassName(user.active() ? "deactivate-user" : "activate-user");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        active.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new Div(edit, active);
    }

    private void refresh() {
        List<AppUser> all = users.all(CurrentUser.name());
        grid.setItems(all);
        showHints(all);
    }

    /** On a new database: who to add, and that an enhetschef needs enheter, which the organisation gives. */
    private void showHints(List<AppUser> all) {
        hints.removeAll();
        if (all.stream().filter(AppUser::active).count() <= 1) {
            hints.add(new SetupNotice(getTranslation("security.users.onlyFirstAdmin")));
        }
        if (units.isEmpty()) {
            hints.add(new SetupNotice(
                    getTranslation("security.users.noUnits"),
                    getTranslation("setup.link.organisation"),
                    SetupRoutes.ORGANISATION));
        }
    }

    private void setActive(AppUser user, boolean active) {
        try {
            users.setActive(CurrentUser.name(), user.username(), active);
            notice(
                    getTranslation(active ? "security.users.activated" : "security.users.deactivated", user.username()),
                    NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (Users.InvalidUserException e) {
            notice(getTranslation(e.getMessage()), NotificationVariant.LUMO_ERROR);
        }
    }

    /** The user form in a dialog; {@code user} null creates one. */
    private void edit(AppUser user) {
        Dialog dialog = new Dialog(getTranslation(user == null ? "security.users.new" : "security.users.edit"));
        dialog.addClassName("user-dialog");
        TextField username = new TextField(getTranslation("security.users.username"));
        username.addClassName("user-username");
        TextField name = new TextField(getTranslation("security.users.name"));
        name.addClassName("user-name");
        username.setMaxLength(TextLimits.USER_NAME);
        TextBounds.limit(name, TextLimits.DISPLAY_NAME);
        EmailField email = new EmailField(getTranslation("security.users.email"));
        email.setMaxLength(TextLimits.EMAIL);
        PasswordField password =
                ComponentTexts.passwordReveal(new PasswordField(getTranslation("security.users.password")));
        password.addClassName("user-password");
        password.setHelperText(getTranslation("security.users.passwordHint"));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("security.users.roles"));
        roles.addClassName("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("security.role." + r.name()));
        MultiSelectComboBox<String> unitSelect =
                ComponentTexts.multiSelect(new MultiSelectComboBox<>(getTranslation("security.users.units")));
        unitSelect.addClassName("user-units");
        unitSelect.setItems(units.stream().map(Unit::code).toList());
        unitSelect.setItemLabelGenerator(code -> units.stream()
                .filter(u -> u.code().equals(code))
                .map(Unit::name)
                .findFirst()
                .orElse(code));
        if (user != null) {
            username.setValue(user.username());
            username.setReadOnly(true);
            name.setValue(user.displayName());
            email.setValue(user.email() == null ? "" : user.email());
            roles.setValue(user.roles());
            unitSelect.setValue(user.units());
        }
        Paragraph error = new Paragraph();
        error.addClassName("user-error");
        Button save = new Button(getTranslation("security.users.save"), e -> {
            Set<Role> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
            Users.UserForm form = new Users.UserForm(
                    username.getValue(),
                    name.getValue(),
                    email.getValue(),
                    password.getValue(),
                    chosen,
                    unitSelect.getValue());
            try {
                if (user == null) {
                    users.create(CurrentUser.name(), form);
                } else {
                    users.update(CurrentUser.name(), form);
                }
                dialog.close();
                notice(getTranslation("security.users.saved", form.username()), NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (Users.InvalidUserException ex) {
                error.setText(getTranslation(ex.getMessage()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-user");
        Button cancel = new Button(getTranslation("security.users.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(username, name, email, password, roles, unitSelect, error));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.title") + " – " + getTranslation("app.name");
    }
}
