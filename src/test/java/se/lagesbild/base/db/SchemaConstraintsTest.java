package se.lagesbild.base.db;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.support.LagesbildTest;

/**
 * The database itself refuses a bad row (V11 and the triggers before it): each case runs its
 * statements on the real MariaDB, all but the last must pass, and the last is refused by the named
 * constraint or trigger. Each case runs in a transaction that is rolled back, in the year 2099 that
 * nothing else reads.
 */
@LagesbildTest
@Transactional
class SchemaConstraintsTest {

    /** A valid new row of each append-only table, to change or delete in the cases below. */
    private static final Map<String, String> VALID_ROW = Map.ofEntries(
            Map.entry("actual_fact", fact("actual_fact", "month", 1, 1)),
            Map.entry("budget_fact", fact("budget_fact", "month", 1, 1)),
            Map.entry("forecast_fact", fact("forecast_fact", "round_month", 1, 1)),
            Map.entry("ledger_fact", ledgerFact("ACTUAL", 1, 1)),
            Map.entry("economy_comment", comment(1, 1)),
            Map.entry("analysis_comment", analysis(1, "ACTIVITY", 1)),
            Map.entry("investigation", investigation("CK-VALID", "CHILDREN_AND_YOUTH", "'2099-01-20'")),
            Map.entry(
                    "investigation_extension",
                    "insert into investigation_extension (investigation_id, decided, new_deadline, reason_code)"
                            + " select min(id), '2099-01-01', '2099-03-01', 'TEST' from investigation"),
            Map.entry("indicator_outcome", outcome(1)),
            Map.entry("manual_assessment", manual(1, "GREEN")),
            Map.entry("unit_month_submission", submission(1)),
            Map.entry("reported_goal_assessment", reported("(select min(code) from unit)", 1, "GREEN", "50")),
            Map.entry("import_log", importLog("APPLIED")),
            Map.entry(
                    "report_rows_version",
                    "insert into report_rows_version (kind, period, recorded_at, recorded_by, content)"
                            + " values ('RISKS', '2099-01', now(3), 'test', '[]')"),
            Map.entry(
                    "report_text_version",
                    "insert into report_text_version (chapter, period, recorded_at, recorded_by, markdown)"
                            + " values ('EVENTS', '2099-01', now(3), 'test', 'x')"),
            Map.entry(
                    "report_version",
                    "insert into report_version (name, period, frozen_at, frozen_by, content)"
                            + " values ('Test', '2099-01', now(3), 'test', '{}')"));

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> badRows() {
        List<Arguments> cases = new ArrayList<>(List.of(
                refused("ck_outcome_month", outcome(13)),
                refused("ck_manual_month", manual(0, "GREEN")),
                refused("ck_submission_month", submission(13)),
                refused("ck_comment_month", comment(13, 1)),
                refused("ck_reported_month", reported("null", 13, "GREEN", "50")),
                refused("ck_indicator_direction", indicator("'SIDEWAYS'", "'PERCENT'", "10")),
                refused("ck_indicator_unit", indicator("'HIGHER_IS_BETTER'", "'LITRES'", "10")),
                refused("ck_indicator_yellow", indicator("'HIGHER_IS_BETTER'", "'PERCENT'", "-1")),
                refused("ck_investigation_target_group", investigation("CK-1", "PETS", "null")),
                refused("ck_investigation_closed", investigation("CK-2", "ADULTS", "'2098-12-31'")),
                refused(
                        "ck_investigation_version",
                        investigation("CK-3", "ADULTS", "null").replace(" 1, min(code)", " 0, min(code)")),
                refused("ck_actual_version", fact("actual_fact", "month", 1, 0)),
                refused("ck_actual_month", fact("actual_fact", "month", 13, 1)),
                refused("ck_forecast_version", fact("forecast_fact", "round_month", 1, 0)),
                refused("ck_ledger_fact_version", ledgerFact("ACTUAL", 1, 0)),
                refused("ck_ledger_fact_month", ledgerFact("ACTUAL", 13, 1)),
                refused("ck_ledger_fact_kind", ledgerFact("FORECAST", 1, 1)),
                refused("uq_ledger_fact", ledgerFact("BUDGET", 2, 1), ledgerFact("BUDGET", 2, 1)),
                refused("ck_manual_assessment", manual(1, "BLUE")),
                refused("ck_reported_assessment", reported("null", 1, "PURPLE", "50")),
                refused("ck_reported_share", reported("null", 1, "GREEN", "150")),
                refused("ck_import_status", importLog("MAYBE")),
                refused(
                        "ck_pin_kind",
                        "insert into presentation_pin (kind, scope, pinned_at, pinned_by) values ('BUDGET', 'x', now(3), 'test')"),
                refused(
                        "ck_user_role",
                        "insert into app_user_role (user_id, role) select min(id), 'KING' from app_user"),
                refused("ck_goal_area_target", goalArea(120, 10)),
                refused("ck_goal_area_yellow", goalArea(80, -5)),
                refused(
                        "ck_late_share_target",
                        "insert into investigation_target (unit_code, year, late_share_target) select min(code), 2099, 101 from unit"),
                refused(
                        "ck_activity_years",
                        "insert into activity (code, area_code, name, sort_order, first_year, last_year)"
                                + " select 'CK-ACT', min(code), 'x', 99, 2099, 2098 from activity_area"),
                // unique version keys, NULL-safe
                refused("uq_comment", comment(1, 1), comment(1, 1)),
                // the analysis beside the figures (V18)
                refused("ck_analysis_month", analysis(13, "ACTIVITY", 1)),
                refused("ck_analysis_kind", analysis(1, "SOMETHING", 1)),
                refused("ck_analysis_version", analysis(1, "ACTIVITY", 0)),
                refused("uq_analysis", analysis(1, "ACTIVITY", 1), analysis(1, "ACTIVITY", 1)),
                refused(
                        "uq_reported_unit_key",
                        goalArea(80, 10),
                        reported("null", 1, "GREEN", "50"),
                        reported("null", 1, "GREEN", "50"))));
        for (String table : VALID_ROW.keySet().stream().sorted().toList()) {
            String message = table.equals("report_version") ? "never changes" : table + " is append-only";
            if (!table.equals("report_version")) {
                cases.add(refused(
                        message, VALID_ROW.get(table), "update " + table + " set id = id order by id desc limit 1"));
            }
            cases.add(refused(message, VALID_ROW.get(table), "delete from " + table + " order by id desc limit 1"));
        }
        cases.add(refused(
                "never changes",
                VALID_ROW.get("report_version"),
                "update report_version set name = 'x' order by id desc limit 1"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void theDatabaseRefusesTheBadRow(String refusedBy, List<String> statements) {
        for (String statement : statements.subList(0, statements.size() - 1)) {
            assertThatCode(() -> jdbc.sql(statement).update()).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> jdbc.sql(statements.getLast()).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining(refusedBy);
    }

    private static Arguments refused(String refusedBy, String... statements) {
        return Arguments.of(refusedBy, List.of(statements));
    }

    private static String fact(String table, String monthColumn, int month, int version) {
        return "insert into " + table + " (year, " + monthColumn
                + ", activity_code, cost_type, amount_tkr, version, recorded_at, recorded_by)"
                + " select 2099, " + month + ", (select min(code) from activity), min(code), 1, " + version
                + ", now(3), 'test' from cost_type";
    }

    private static String ledgerFact(String kind, int month, int version) {
        return "insert into ledger_fact (kind, year, month, account, ansvar, verksamhetskod, activity_code, cost_type,"
                + " amount_tkr, version, recorded_at, recorded_by) select '" + kind + "', 2099, " + month
                + ", '4510', 'CK', '', (select min(code) from activity), min(code), 1, " + version
                + ", now(3), 'test' from cost_type";
    }

    private static String comment(int month, int version) {
        return "insert into economy_comment (year, month, activity_code, body, version, recorded_at, recorded_by)"
                + " select 2099, " + month + ", min(code), 'x', " + version + ", now(3), 'test' from activity";
    }

    private static String analysis(int month, String kind, int version) {
        return "insert into analysis_comment (year, month, subject_kind, subject_key, body, version, recorded_at,"
                + " recorded_by) values (2099, " + month + ", '" + kind + "', 'EKB', 'x', " + version
                + ", now(3), 'test')";
    }

    private static String investigation(String reference, String targetGroup, String closed) {
        return "insert into investigation (reference, version, unit_code, target_group, opened, closed, deadline,"
                + " recorded_at, recorded_by) select '" + reference + "', 1, min(code), '" + targetGroup
                + "', '2099-01-01', " + closed + ", '2099-02-01', now(3), 'test' from unit";
    }

    private static String outcome(int month) {
        return "insert into indicator_outcome (indicator_id, year, month, outcome, version, recorded_at, recorded_by)"
                + " select min(id), 2099, " + month + ", 1, 1, now(3), 'test' from indicator";
    }

    private static String manual(int month, String assessment) {
        return "insert into manual_assessment (indicator_id, year, month, assessment, comment, version, recorded_at,"
                + " recorded_by) select min(id), 2099, " + month + ", '" + assessment
                + "', 'x', 1, now(3), 'test' from indicator";
    }

    private static String submission(int month) {
        return "insert into unit_month_submission (unit_code, year, month, submitted, version, recorded_at,"
                + " recorded_by) select min(code), 2099, " + month + ", true, 1, now(3), 'test' from unit";
    }

    /** A reported assessment of the latest goal area (the 2099 one where a case adds it). */
    private static String reported(String unitCode, int month, String assessment, String share) {
        return "insert into reported_goal_assessment (goal_area_id, unit_code, month, assessment, share, source)"
                + " select max(id), " + unitCode + ", " + month + ", '" + assessment + "', " + share
                + ", 'test' from goal_area";
    }

    private static String indicator(String direction, String unit, String yellow) {
        return "insert into indicator (unit_goal_id, name, direction, unit_of_measure, target, yellow_threshold,"
                + " sort_order) select min(id), 'x', " + direction + ", " + unit + ", 1, " + yellow
                + ", 99 from unit_goal";
    }

    private static String goalArea(int target, int yellow) {
        return "insert into goal_area (year, number, short_name, title, indicator_name, target_share,"
                + " yellow_threshold) values (2099, 1, 'x', 'x', 'x', " + target + ", " + yellow + ")";
    }

    private static String importLog(String status) {
        return "insert into import_log (kind, file_name, checksum_sha256, imported_at, imported_by, status)"
                + " values ('ACTUAL', 'x.csv', repeat('0', 64), now(3), 'test', '" + status + "')";
    }
}
