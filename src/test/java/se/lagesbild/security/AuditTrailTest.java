package se.lagesbild.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.lagesbild.goals.Direction;
import se.lagesbild.goals.GoalEntry;
import se.lagesbild.goals.GoalEntry.IndicatorEntry;
import se.lagesbild.goals.GoalEntry.UnitMonthEntry;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalSetup;
import se.lagesbild.goals.UnitOfMeasure;
import se.lagesbild.support.LagesbildTest;

/** The audit trail on MariaDB: written with every write in its transaction, filtered, and never changed. */
@LagesbildTest
class AuditTrailTest {

    private static final YearMonth MONTH = YearMonth.of(2029, 5);

    @Autowired
    GoalService goals;

    @Autowired
    GoalSetup goalSetup;

    @Autowired
    GoalEntry entries;

    @Autowired
    Audit audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSavedOutcomeAndCommentAreRecordedOldToNewAndARefusedWriteLeavesNoRecord() {
        long area = goalSetup.createGoalArea(
                2029, 1, "Granskning", "Granskningstest", "Andel", new BigDecimal("60"), BigDecimal.TEN);
        long indicator = goalSetup.createIndicator(
                goalSetup.createUnitGoal(area, "VE", "Mål"),
                "Nöjda brukare",
                Direction.HIGHER_IS_BETTER,
                UnitOfMeasure.PERCENT,
                new BigDecimal("90"),
                BigDecimal.TEN,
                1);
        entries.saveMonth(
                new UnitMonthEntry(
                        "VE", MONTH, List.of(new IndicatorEntry(indicator, new BigDecimal("80"), "Första", null))),
                "enhetschef");
        entries.saveMonth(
                new UnitMonthEntry(
                        "VE", MONTH, List.of(new IndicatorEntry(indicator, new BigDecimal("85.5"), "Andra", null))),
                "enhetschef");

        Audit.Filter filter = new Audit.Filter("enhetschef", "VE", "2029-05", AuditKind.ASSESSMENT, null, null);
        assertThat(audit.search("admin", filter, 10))
                .extracting(AuditEvent::what, AuditEvent::oldValue, AuditEvent::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Utfall: Nöjda brukare", "80", "85.5"),
                        org.assertj.core.groups.Tuple.tuple("Utfall: Nöjda brukare", null, "80"));
        assertThat(audit.search("admin", new Audit.Filter(null, "VE", "2029", AuditKind.COMMENT, null, null), 10))
                .extracting(AuditEvent::oldValue, AuditEvent::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Första", "Andra"),
                        org.assertj.core.groups.Tuple.tuple(null, "Första"));

        long before = count();
        assertThatThrownBy(() -> entries.saveMonth(
                        new UnitMonthEntry(
                                "VE", MONTH, List.of(new IndicatorEntry(indicator, new BigDecimal("10"), null, null))),
                        "namnd"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAuditRecord() {
        audit.record("admin", AuditKind.SETTING, null, null, "Oföränderlig", "a", "b");
        long id = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set new_value = 'c' where id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select new_value from audit_event where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("b");
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}
