package se.lagesbild.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.support.EmptyDatabaseTest;

/**
 * The first admin of a production start without demo data (the initial admin password): an admin
 * who is also a controller, so the one who sets Lägesbild up may import the first figures, check
 * them and freeze a report; created once, recorded in the audit trail.
 */
@EmptyDatabaseTest
class FirstAdminTest {

    @Autowired
    Access access;

    @Autowired
    Users users;

    @Test
    void theFirstAdminIsAlsoAControllerAndTheOnlyUser() {
        AppUser admin = access.user(EmptyDatabaseTest.FIRST_ADMIN).orElseThrow();
        assertThat(admin.roles()).isEqualTo(Set.of(Role.ADMIN, Role.CONTROLLER));
        assertThat(admin.demoPassword()).isFalse();
        assertThat(access.mayAdminister("admin")).isTrue();
        assertThat(access.mayImport("admin")).isTrue();
        assertThat(access.mayEditReports("admin")).isTrue();
        assertThat(access.mayReadAudit("admin")).isTrue();
        assertThat(users.activeCount()).isEqualTo(1);
        assertThat(users.all("admin")).extracting(AppUser::username).containsExactly("admin");
        assertThat(Users.PASSWORDS.matches(EmptyDatabaseTest.FIRST_ADMIN_PASSWORD, passwordHash()))
                .isTrue();
    }

    @Test
    void aSecondStartWithThePasswordSetChangesNothing() {
        users.createInitialAdmin("ett-annat-losenord");
        assertThat(users.activeCount()).isEqualTo(1);
        assertThat(Users.PASSWORDS.matches(EmptyDatabaseTest.FIRST_ADMIN_PASSWORD, passwordHash()))
                .isTrue();
    }

    @Autowired
    UserRepository repository;

    private String passwordHash() {
        return repository.byUsername("admin").orElseThrow().passwordHash();
    }
}
