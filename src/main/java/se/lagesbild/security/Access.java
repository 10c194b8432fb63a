package se.lagesbild.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.NavigationAccess;

/**
 * The access policy: the one place that says who may read and write what. Every service calls it
 * before a write (with the user the write is recorded for) and before a detail read (with the
 * signed-in user); views ask the same methods to hide what a user may not use, but the services
 * refuse regardless. A user's roles and enheter are read from the user table and kept for a moment
 * ({@code lagesbild.security.user-cache}, 2 seconds), so a view that checks many times reads them
 * once; an admin's change (or a deactivation) takes effect at once on the admin's node (the kept copy
 * is dropped when the change commits) and within those seconds on every other node.
 *
 * <ul>
 * <li>ledning: reads everything, writes comments;</li>
 * <li>controller: ledning, plus economy imports and corrections and the investigations import;</li>
 * <li>enhetschef: writes outcomes, comments, manual assessments and "klar" of its own enheter; reads the
 * förvaltning's aggregates and its own enheter's details;</li>
 * <li>nämnd: reads the aggregates only;</li>
 * <li>admin: users, settings, enheter, API tokens.</li>
 * </ul>
 */
@Service
public class Access implements NavigationAccess {

    private static final Set<Role> READ_ALL_DETAILS = EnumSet.of(Role.LEDNING, Role.CONTROLLER, Role.ADMIN);
    private static final Set<Role> COMMENT_ANY_UNIT = EnumSet.of(Role.LEDNING, Role.CONTROLLER);
    /** At most this many names are kept (the signed-in users are few); the least used go first. */
    private static final int MAX_KEPT = 10_000;

    private final UserRepository users;
    /** The users by name as read at most the setting's time ago; empty: no active user of that name. */
    private final Cache<String, Optional<AppUser>> kept;

    @Autowired
    Access(UserRepository users, SecuritySettings settings) {
        this(users, settings.userCache());
    }

    Access(UserRepository users, Duration keep) {
        this.users = users;
        this.kept = Caffeine.newBuilder()
                .expireAfterWrite(keep)
                .maximumSize(MAX_KEPT)
                .build();
    }

    /** The signed-in user's name (Spring Security's context), if someone is signed in. */
    public static Optional<String> signedIn() {
        return CurrentUser.signedIn();
    }

    /** An active user by name, with roles and enheter (read at most {@code lagesbild.security.user-cache} ago). */
    public Optional<AppUser> user(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return kept.get(username, this::read);
    }

    private Optional<AppUser> read(String username) {
        return users.byUsername(username)
                .filter(UserRepository.Row::active)
                .map(row -> new AppUser(
                        row.id(),
                        row.username(),
                        row.displayName(),
                        row.email(),
                        row.active(),
                        row.demoPassword(),
                        users.rolesOf(row.id()),
                        users.unitsOf(row.id())));
    }

    /**
     * A user's roles, enheter or state change: the kept copy is dropped when the change commits (at
     * once outside a transaction), so the next check on this node reads the change.
     */
    void changed(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    kept.invalidate(username);
                }
            });
        } else {
            kept.invalidate(username);
        }
    }

    // ------------------------------------------------------------------ writes

    /** Outcomes, manual assessments, thresholds and "klar" of an enhet: its enhetschef only. */
    public boolean mayWriteUnit(String user, String unitCode) {
        return user(user).map(u -> u.isChiefOf(unitCode)).orElse(false);
    }

    /** A comment on an enhet's indicator: its enhetschef, ledning and controllers. */
    public boolean mayComment(String user, String unitCode) {
        return user(user)
                .map(u -> u.isChiefOf(unitCode) || COMMENT_ANY_UNIT.stream().anyMatch(u::has))
                .orElse(false);
    }

    /** Economy imports and corrections, and the investigations import: controllers. */
    @Override
    public boolean mayImport(String user) {
        return hasRole(user, Role.CONTROLLER);
    }

    /** Users, settings, enheter and API tokens: admins. */
    @Override
    public boolean mayAdminister(String user) {
        return hasRole(user, Role.ADMIN);
    }

    /** The set-up (Struktur): the organisation, kostnadsslag, goal structure and years: admins and controllers. */
    @Override
    public boolean mayEditStructure(String user) {
        return hasRole(user, Role.ADMIN) || hasRole(user, Role.CONTROLLER);
    }

    public void checkMayEditStructure(String user) {
        require(mayEditStructure(user), user, "change the organisation, goals or years");
    }

    /** The audit trail: admins and controllers. */
    @Override
    public boolean mayReadAudit(String user) {
        return hasRole(user, Role.ADMIN) || hasRole(user, Role.CONTROLLER);
    }

    /**
     * An enhet's details (the cases behind a figure, an indicator's comments and history): ledning,
     * controllers, admins, and the enhet's own enhetschef; the nämnd sees aggregates only.
     */
    public boolean mayReadDetails(String user, String unitCode) {
        return user(user)
                .map(u -> READ_ALL_DETAILS.stream().anyMatch(u::has) || u.isChiefOf(unitCode))
                .orElse(false);
    }

    /** Freezing report versions and pinning slides for the nämnd meeting: controllers. */
    public boolean mayEditReports(String user) {
        return hasRole(user, Role.CONTROLLER);
    }

    /** The nämnd meeting's report, its presentation and following it: every active user (aggregates only). */
    public boolean mayViewReports(String user) {
        return user(user).isPresent();
    }

    public void checkMayEditReports(String user) {
        require(mayEditReports(user), user, "freeze report versions or pin slides");
    }

    public void checkMayViewReports(String user) {
        require(mayViewReports(user), user, "view the report");
    }

    public void checkMayWriteUnit(String user, String unitCode) {
        require(mayWriteUnit(user, unitCode), user, "write the enhet " + unitCode);
    }

    public void checkMayComment(String user, String unitCode) {
        require(mayComment(user, unitCode), user, "comment on the enhet " + unitCode);
    }

    public void checkMayImport(String user) {
        require(mayImport(user), user, "import");
    }

    public void checkMayAdminister(String user) {
        require(mayAdminister(user), user, "administer");
    }

    public void checkMayReadAudit(String user) {
        require(mayReadAudit(user), user, "read the audit trail");
    }

    /** Checks the signed-in user's right to an enhet's details. */
    public void checkMayReadDetails(String unitCode) {
        String user = signedIn().orElse(null);
        require(mayReadDetails(user, unitCode), user, "read the details of the enhet " + unitCode);
    }

    private boolean hasRole(String user, Role role) {
        return user(user).map(u -> u.has(role)).orElse(false);
    }

    private static void require(boolean allowed, String user, String what) {
        if (!allowed) {
            throw new AccessDeniedException("The user " + user + " may not " + what);
        }
    }
}
