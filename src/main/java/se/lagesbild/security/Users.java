package se.lagesbild.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.TextLimits;

/**
 * Users, their roles and enheter, and passwords (bcrypt). Every change is an admin's (checked by
 * {@link Access}) and is audited in its transaction. A user is deactivated, never deleted, so the
 * history that names them stays whole.
 */
@Service
public class Users {

    /** Passwords shorter than this are refused. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    /** bcrypt; also what the login checks passwords with. */
    static final PasswordEncoder PASSWORDS = new BCryptPasswordEncoder();

    /** What an admin enters for a user. The password is null when it is not to change (or for single sign-on only). */
    public record UserForm(
            String username, String displayName, String email, String password, Set<Role> roles, Set<String> units) {

        public UserForm {
            roles = Set.copyOf(roles);
            units = Set.copyOf(units);
        }
    }

    /** A user form that cannot be saved; the message is a translation key (security.user.error.*). */
    public static class InvalidUserException extends IllegalArgumentException {

        public InvalidUserException(String key) {
            super(key);
        }
    }

    private final UserRepository repository;
    private final Access access;
    private final Audit audit;

    Users(UserRepository repository, Access access, Audit audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    /** Every user, active and deactivated, by name. */
    @Transactional(readOnly = true)
    public List<AppUser> all(String actor) {
        access.checkMayAdminister(actor);
        Map<Long, Set<Role>> roles = repository.roles();
        Map<Long, Set<String>> units = repository.units();
        return repository.all().stream()
                .map(row -> new AppUser(
                        row.id(),
                        row.username(),
                        row.displayName(),
                        row.email(),
                        row.active(),
                        row.demoPassword(),
                        roles.getOrDefault(row.id(), Set.of()),
                        units.getOrDefault(row.id(), Set.of())))
                .toList();
    }

    /** Creates a user. */
    @Transactional
    public void create(String actor, UserForm form) {
        access.checkMayAdminister(actor);
        validate(form, true);
        if (repository.byUsername(form.username().strip()).isPresent()) {
            throw new InvalidUserException("security.user.error.exists");
        }
        insert(form, false);
        access.changed(form.username().strip());
        audit.record(
                actor,
                AuditKind.USER_CHANGE,
                null,
                null,
                "Användare skapad: " + form.username().strip(),
                null,
                describe(form.roles(), form.units()));
    }

    /** Changes a user's name, e-mail, roles and enheter, and the password when the form has one. */
    @Transactional
    public void update(String actor, UserForm form) {
        access.checkMayAdminister(actor);
        validate(form, false);
        UserRepository.Row row = repository
                .byUsername(form.username())
                .orElseThrow(() -> new InvalidUserException("security.user.error.unknown"));
        String before = describe(repository.rolesOf(row.id()), repository.unitsOf(row.id()));
        repository.update(row.id(), form.displayName().strip(), blankToNull(form.email()));
        repository.setRolesAndUnits(row.id(), form.roles(), form.units());
        access.changed(row.username());
        String after = describe(form.roles(), form.units());
        audit.record(actor, AuditKind.USER_CHANGE, null, null, "Användare ändrad: " + row.username(), before, after);
        if (form.password() != null && !form.password().isEmpty()) {
            repository.setPassword(row.id(), PASSWORDS.encode(form.password()), false);
            audit.record(actor, AuditKind.USER_CHANGE, null, null, "Lösenord bytt: " + row.username(), null, null);
        }
    }

    /** A user changes their own password (which also ends a demo password). */
    @Transactional
    public void changeOwnPassword(String username, String newPassword) {
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidUserException("security.user.error.password");
        }
        UserRepository.Row row = repository
                .byUsername(username)
                .filter(UserRepository.Row::active)
                .orElseThrow(() -> new InvalidUserException("security.user.error.unknown"));
        repository.setPassword(row.id(), PASSWORDS.encode(newPassword), false);
        audit.record(username, AuditKind.USER_CHANGE, null, null, "Lösenord bytt: " + username, null, null);
    }

    /** Deactivates (false) or reactivates (true) a user; a deactivated user cannot sign in and is kept. */
    @Transactional
    public void setActive(String actor, String username, boolean active) {
        access.checkMayAdminister(actor);
        if (!active && username.equals(actor)) {
            throw new InvalidUserException("security.user.error.self");
        }
        UserRepository.Row row = repository
                .byUsername(username)
                .orElseThrow(() -> new InvalidUserException("security.user.error.unknown"));
        repository.setActive(row.id(), active);
        access.changed(row.username());
        audit.record(
                actor,
                AuditKind.USER_CHANGE,
                null,
                null,
                (active ? "Användare återaktiverad: " : "Användare avaktiverad: ") + username,
                String.valueOf(row.active()),
                String.valueOf(active));
    }

    /** The demo users: created only into a database without users, with the documented demo passwords. */
    @Transactional
    void createDemoUsers(List<UserForm> forms) {
        if (!repository.isEmpty()) {
            return;
        }
        for (UserForm form : forms) {
            insert(form, true);
            audit.record(
                    "demodata",
                    AuditKind.USER_CHANGE,
                    null,
                    null,
                    "Demoanvändare skapad: " + form.username(),
                    null,
                    describe(form.roles(), form.units()));
        }
    }

    /**
     * The first admin of a database without users (a production start without demo data). They are
     * also a controller, so that the one who sets Lägesbild up can import the first figures and check
     * them; an admin may take the role away once there are controllers.
     */
    @Transactional
    void createInitialAdmin(String password) {
        if (!repository.isEmpty()) {
            return;
        }
        UserForm admin = new UserForm(
                "admin", "Administratör", null, password, EnumSet.of(Role.ADMIN, Role.CONTROLLER), Set.of());
        validate(admin, true);
        insert(admin, false);
        audit.record(
                "start",
                AuditKind.USER_CHANGE,
                null,
                null,
                "Första administratören skapad: admin",
                null,
                describe(admin.roles(), admin.units()));
    }

    /** How many users may sign in (Kom igång: more than the first admin means users are set up). */
    @Transactional(readOnly = true)
    public long activeCount() {
        return repository.activeCount();
    }

    @Transactional(readOnly = true)
    boolean anyActiveWithDemoPassword() {
        return repository.anyActiveWithDemoPassword();
    }

    private void insert(UserForm form, boolean demoPassword) {
        String hash = form.password() == null || form.password().isEmpty() ? null : PASSWORDS.encode(form.password());
        long id = repository.insert(
                form.username().strip(), form.displayName().strip(), blankToNull(form.email()), hash, demoPassword);
        repository.setRolesAndUnits(id, form.roles(), form.units());
    }

    private static void validate(UserForm form, boolean creating) {
        List<String> problems = new ArrayList<>();
        if (form.username() == null || !form.username().strip().matches("[\\p{L}\\p{N}._@-]{2,100}")) {
            problems.add("security.user.error.username");
        }
        if (form.displayName() == null || form.displayName().isBlank()) {
            problems.add("security.user.error.name");
        } else if (!TextLimits.fits(form.displayName().strip(), TextLimits.DISPLAY_NAME)) {
            problems.add("security.user.error.nameTooLong");
        }
        if (!TextLimits.fits(form.email() == null ? null : form.email().strip(), TextLimits.EMAIL)) {
            problems.add("security.user.error.emailTooLong");
        }
        if (form.roles().isEmpty()) {
            problems.add("security.user.error.roles");
        }
        if (form.roles().contains(Role.ENHETSCHEF) && form.units().isEmpty()) {
            problems.add("security.user.error.units");
        }
        boolean hasPassword = form.password() != null && !form.password().isEmpty();
        if (hasPassword && form.password().length() < MIN_PASSWORD_LENGTH) {
            problems.add("security.user.error.password");
        }
        if (creating && !hasPassword && (form.email() == null || form.email().isBlank())) {
            problems.add("security.user.error.passwordOrEmail");
        }
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems.getFirst());
        }
    }

    private static String describe(Set<Role> roles, Set<String> units) {
        String roleList = roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
        return units.isEmpty() ? roleList : roleList + "; enheter: " + String.join(", ", new TreeSet<>(units));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
