package se.lagesbild.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.base.SlidePins;
import se.lagesbild.base.TextLimits;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.security.Role;
import se.lagesbild.security.Users;
import se.lagesbild.support.LagesbildTest;

/**
 * The forms' bounds (issue 20's probe: a 300-character display name, a 250-character version name, a
 * pin with a 60-character enhet from the URL failed silently with "Data too long" in the server log):
 * at the limit saved and audited, one over refused in Swedish with nothing written. The fields show
 * the same limits (base.ui.TextBounds); the goal comment's bound is in GoalServiceTest.
 */
@LagesbildTest
class FormBoundsTest {

    @Autowired
    Users users;

    @Autowired
    ReportService reports;

    @Autowired
    EconomyService economy;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(ints = {TextLimits.DISPLAY_NAME, TextLimits.DISPLAY_NAME + 1})
    void aDisplayNameAtItsLimitIsSavedAndOneLongerIsRefusedInSwedish(int length) {
        String username = "grans-" + length;
        Users.UserForm form = new Users.UserForm(
                username, "N".repeat(length), null, "ett-langt-losenord", EnumSet.of(Role.LEDNING), Set.of());
        long audits = audits();
        if (length <= TextLimits.DISPLAY_NAME) {
            users.create("admin", form);
            assertThat(jdbc.sql("select display_name from app_user where username = ?")
                            .param(username)
                            .query(String.class)
                            .single())
                    .hasSize(length);
            assertThat(audits()).isGreaterThan(audits);
            return;
        }
        assertThatThrownBy(() -> users.create("admin", form))
                .isInstanceOf(Users.InvalidUserException.class)
                .extracting(e -> se.lagesbild.base.SwedishTexts.swedish(e.getMessage()))
                .isEqualTo("Namnet får vara högst 200 tecken");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audits()).isEqualTo(audits);
    }

    @ParameterizedTest
    @ValueSource(ints = {TextLimits.VERSION_NAME, TextLimits.VERSION_NAME + 1})
    void aVersionNameAtItsLimitIsFrozenAndOneLongerIsRefusedInSwedish(int length) {
        economy.record(
                FactKind.ACTUAL,
                List.of(new AmountFact(2011, 2, "EKB", "GRANTS", new BigDecimal("-1"))),
                "change.economy.actual",
                "test",
                "set-up",
                null);
        String name = "V".repeat(length);
        int versions = reports.versions().size();
        long audits = audits();
        if (length <= TextLimits.VERSION_NAME) {
            assertThat(reports.freeze(name, YearMonth.of(2011, 2), "controller").name())
                    .isEqualTo(name);
            assertThat(audits()).isEqualTo(audits + 1);
            return;
        }
        assertThatThrownBy(() -> reports.freeze(name, YearMonth.of(2011, 2), "controller"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Versionens namn får vara högst 200 tecken");
        assertThat(reports.versions()).hasSize(versions);
        assertThat(audits()).isEqualTo(audits);
    }

    @ParameterizedTest
    @ValueSource(ints = {TextLimits.PIN_SCOPE, TextLimits.PIN_SCOPE + 1, 60})
    void aPinScopeAtItsLimitIsPinnedAndALongerOneFromTheUrlIsRefusedInSwedish(int length) {
        String scope = "E".repeat(length);
        long audits = audits();
        try {
            if (length <= TextLimits.PIN_SCOPE) {
                reports.pin(SlidePins.Kind.INVESTIGATIONS, scope, "controller");
                assertThat(reports.pins()).anyMatch(p -> p.scope().equals(scope));
                assertThat(audits()).isEqualTo(audits + 1);
                return;
            }
            assertThatThrownBy(() -> reports.pin(SlidePins.Kind.INVESTIGATIONS, scope, "controller"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Vyns urval går inte att visa i presentationen");
            assertThat(reports.pins()).noneMatch(p -> p.scope().startsWith("EEEE"));
            assertThat(audits()).isEqualTo(audits);
        } finally {
            reports.pins().stream()
                    .filter(p -> p.scope().equals(scope))
                    .forEach(p -> reports.unpin(p.id(), "controller"));
        }
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}
