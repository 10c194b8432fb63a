-- The schema refuses what the application never writes (issue 13): months outside 1-12, words that
-- are no value of their enum, shares outside 0-100, versions below 1, a case closed before it was
-- opened; a unique version key on every versioned table and unique keys that hold when a column is
-- NULL; and triggers that refuse changing or deleting a row of an append-only table (the facts, the
-- import log, what a report printed, the frozen report versions), as audit_event's do (V5).
-- See docs/architecture.md ("Facts are never overwritten") and docs/decisions/0002.

-- ---------------------------------------------------------------- months
alter table economy_comment          add constraint ck_comment_month    check (month between 1 and 12);
alter table indicator_outcome        add constraint ck_outcome_month    check (month between 1 and 12);
alter table manual_assessment        add constraint ck_manual_month     check (month between 1 and 12);
alter table reported_goal_assessment add constraint ck_reported_month   check (month between 1 and 12);
alter table unit_month_submission    add constraint ck_submission_month check (month between 1 and 12);

-- ---------------------------------------------------------------- enums (the Java enums' names)
alter table indicator
    add constraint ck_indicator_direction check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'YES_NO')),
    add constraint ck_indicator_unit check (unit_of_measure in ('PERCENT', 'COUNT', 'YES_NO')),
    add constraint ck_indicator_yellow check (yellow_threshold between 0 and 100);
alter table investigation
    add constraint ck_investigation_target_group check (target_group in ('CHILDREN_AND_YOUTH', 'ADULTS')),
    add constraint ck_investigation_closed check (closed is null or closed >= opened),
    add constraint ck_investigation_deadline check (deadline >= opened),
    add constraint ck_investigation_version check (version >= 1);
alter table manual_assessment                                    -- null: the manual assessment withdrawn
    add constraint ck_manual_assessment check (assessment in ('GREEN', 'YELLOW', 'RED', 'NO_OUTCOME')),
    add constraint ck_manual_version check (version >= 1);
alter table reported_goal_assessment
    add constraint ck_reported_assessment check (assessment in ('GREEN', 'YELLOW', 'RED', 'NO_OUTCOME')),
    add constraint ck_reported_share check (share between 0 and 100);
alter table import_log
    add constraint ck_import_status check (status in ('APPLIED', 'REJECTED', 'REFUSED')),
    add constraint ck_import_rows check (rows_added >= 0 and rows_corrected >= 0 and rows_unchanged >= 0);
alter table presentation_pin add constraint ck_pin_kind check (kind in ('ECONOMY', 'INVESTIGATIONS', 'GOALS'));
alter table app_user_role
    add constraint ck_user_role check (role in ('LEDNING', 'CONTROLLER', 'ENHETSCHEF', 'NAMND', 'ADMIN'));

-- ---------------------------------------------------------------- ranges
alter table goal_area
    add constraint ck_goal_area_number check (number >= 1),
    add constraint ck_goal_area_target check (target_share between 0 and 100),
    add constraint ck_goal_area_yellow check (yellow_threshold between 0 and 100);
alter table investigation_target add constraint ck_late_share_target check (late_share_target between 0 and 100);
alter table activity add constraint ck_activity_years check (first_year is null or last_year is null or first_year <= last_year);
alter table actual_fact           add constraint ck_actual_version     check (version >= 1);
alter table budget_fact           add constraint ck_budget_version     check (version >= 1);
alter table forecast_fact         add constraint ck_forecast_version   check (version >= 1);
alter table indicator_outcome     add constraint ck_outcome_version    check (version >= 1);
alter table unit_month_submission add constraint ck_submission_version check (version >= 1);

-- ---------------------------------------------------------------- unique keys
-- economy_comment is versioned like the facts and had no key.
alter table economy_comment
    add constraint ck_comment_version check (version >= 1),
    add constraint uq_comment unique (year, month, activity_code, version);

-- A unique key lets any number of rows in whose key has a NULL; the förvaltning level of a reported
-- goal assessment has unit_code NULL, so the key uses a column that is never NULL.
alter table reported_goal_assessment
    add column unit_key varchar(20) as (coalesce(unit_code, '')) persistent after unit_code,
    add constraint uq_reported_unit_key unique (goal_area_id, unit_key, month);
alter table reported_goal_assessment drop index uq_reported;

-- ---------------------------------------------------------------- append-only
create trigger actual_fact_no_update before update on actual_fact for each row
    signal sqlstate '45000' set message_text = 'actual_fact is append-only: a correction is a new version';
create trigger actual_fact_no_delete before delete on actual_fact for each row
    signal sqlstate '45000' set message_text = 'actual_fact is append-only: a correction is a new version';
create trigger budget_fact_no_update before update on budget_fact for each row
    signal sqlstate '45000' set message_text = 'budget_fact is append-only: a correction is a new version';
create trigger budget_fact_no_delete before delete on budget_fact for each row
    signal sqlstate '45000' set message_text = 'budget_fact is append-only: a correction is a new version';
create trigger forecast_fact_no_update before update on forecast_fact for each row
    signal sqlstate '45000' set message_text = 'forecast_fact is append-only: a correction is a new version';
create trigger forecast_fact_no_delete before delete on forecast_fact for each row
    signal sqlstate '45000' set message_text = 'forecast_fact is append-only: a correction is a new version';
create trigger economy_comment_no_update before update on economy_comment for each row
    signal sqlstate '45000' set message_text = 'economy_comment is append-only: a correction is a new version';
create trigger economy_comment_no_delete before delete on economy_comment for each row
    signal sqlstate '45000' set message_text = 'economy_comment is append-only: a correction is a new version';
create trigger investigation_no_update before update on investigation for each row
    signal sqlstate '45000' set message_text = 'investigation is append-only: a correction is a new version';
create trigger investigation_no_delete before delete on investigation for each row
    signal sqlstate '45000' set message_text = 'investigation is append-only: a correction is a new version';
create trigger investigation_extension_no_update before update on investigation_extension for each row
    signal sqlstate '45000' set message_text = 'investigation_extension is append-only';
create trigger investigation_extension_no_delete before delete on investigation_extension for each row
    signal sqlstate '45000' set message_text = 'investigation_extension is append-only';
create trigger indicator_outcome_no_update before update on indicator_outcome for each row
    signal sqlstate '45000' set message_text = 'indicator_outcome is append-only: a correction is a new version';
create trigger indicator_outcome_no_delete before delete on indicator_outcome for each row
    signal sqlstate '45000' set message_text = 'indicator_outcome is append-only: a correction is a new version';
create trigger manual_assessment_no_update before update on manual_assessment for each row
    signal sqlstate '45000' set message_text = 'manual_assessment is append-only: a correction is a new version';
create trigger manual_assessment_no_delete before delete on manual_assessment for each row
    signal sqlstate '45000' set message_text = 'manual_assessment is append-only: a correction is a new version';
create trigger unit_month_submission_no_update before update on unit_month_submission for each row
    signal sqlstate '45000' set message_text = 'unit_month_submission is append-only: a correction is a new version';
create trigger unit_month_submission_no_delete before delete on unit_month_submission for each row
    signal sqlstate '45000' set message_text = 'unit_month_submission is append-only: a correction is a new version';
create trigger reported_goal_assessment_no_update before update on reported_goal_assessment for each row
    signal sqlstate '45000' set message_text = 'reported_goal_assessment is append-only: what a report printed';
create trigger reported_goal_assessment_no_delete before delete on reported_goal_assessment for each row
    signal sqlstate '45000' set message_text = 'reported_goal_assessment is append-only: what a report printed';
create trigger import_log_no_update before update on import_log for each row
    signal sqlstate '45000' set message_text = 'import_log is append-only';
create trigger import_log_no_delete before delete on import_log for each row
    signal sqlstate '45000' set message_text = 'import_log is append-only';
create trigger report_version_not_deleted before delete on report_version for each row
    signal sqlstate '45000' set message_text = 'A frozen report version never changes';
