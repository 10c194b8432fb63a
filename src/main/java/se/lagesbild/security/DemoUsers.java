package se.lagesbild.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import se.lagesbild.base.AppSettings;
import se.lagesbild.base.db.EmbeddedDatabaseSettings;

/**
 * The users a start-up creates: with the demo data, one user per role with a documented demo password
 * (see the README), created into a database without users; without it, the first admin, when
 * {@value #INITIAL_ADMIN_PASSWORD} gives a password and there are no users yet. Then the guard: while an active user still has a demo password,
 * start-up is refused unless {@value #SETTING} allows it; by default it is allowed on the embedded
 * database ({@code ./lagesbild start}) and refused on a database named by SPRING_DATASOURCE_URL. The
 * settings come from {@link SecuritySettings} and {@link EmbeddedDatabaseSettings}, checked at start.
 */
@Component
class DemoUsers implements SmartInitializingSingleton {

    static final String SETTING = "lagesbild.security.allow-demo-passwords";
    static final String INITIAL_ADMIN_PASSWORD = "lagesbild.security.initial-admin-password";

    /** The demo users: name, password, display name, roles, enheter. */
    static final List<Users.UserForm> USERS = List.of(
            new Users.UserForm("ledning", "Ledning (demo)", null, "ledning-demo", EnumSet.of(Role.LEDNING), Set.of()),
            new Users.UserForm(
                    "controller", "Controller (demo)", null, "controller-demo", EnumSet.of(Role.CONTROLLER), Set.of()),
            new Users.UserForm(
                    "enhetschef",
                    "Enhetschef BUE och VE (demo)",
                    null,
                    "enhetschef-demo",
                    EnumSet.of(Role.ENHETSCHEF),
                    Set.of("BUE", "VE")),
            new Users.UserForm("namnd", "Nämnd (demo)", null, "namnd-demo", EnumSet.of(Role.NAMND), Set.of()),
            new Users.UserForm("admin", "Administratör (demo)", null, "admin-demo", EnumSet.of(Role.ADMIN), Set.of()));

    private final AppSettings settings;
    private final Users users;
    private final Boolean allowSetting;
    private final String initialAdminPassword;
    private final boolean embeddedDatabase;

    DemoUsers(AppSettings settings, Users users, SecuritySettings security, EmbeddedDatabaseSettings embeddedDatabase) {
        this.settings = settings;
        this.users = users;
        this.allowSetting = security.allowDemoPasswords();
        this.initialAdminPassword = security.initialAdminPassword();
        this.embeddedDatabase = embeddedDatabase.active();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.isDemo()) {
            users.createDemoUsers(USERS);
        } else if (!initialAdminPassword.isEmpty()) {
            if (initialAdminPassword.length() < Users.MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException(
                        INITIAL_ADMIN_PASSWORD + " must be at least " + Users.MIN_PASSWORD_LENGTH + " characters.");
            }
            users.createInitialAdmin(initialAdminPassword);
        }
        boolean allowed = allowSetting != null ? allowSetting : embeddedDatabase;
        if (!allowed && users.anyActiveWithDemoPassword()) {
            throw new DemoPasswordsException();
        }
    }

    /** Start-up refused: a user still has a demo password. */
    static final class DemoPasswordsException extends IllegalStateException {

        DemoPasswordsException() {
            super("Lägesbild will not start while a user still has a demo password: change the demo users' passwords"
                    + " (or deactivate them) in Administration, or set " + SETTING + "=true"
                    + " (LAGESBILD_SECURITY_ALLOW_DEMO_PASSWORDS) to allow it.");
        }
    }
}
