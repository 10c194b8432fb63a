-- Goals (issue 5): GoalService.year reads the current version of every outcome, manual assessment and
-- submission of one year; these indexes make each of those reads one range scan. The outcome index
-- covers the whole read (no comment: comments are read per enhet and month), so no row is visited.
create index ix_outcome_year on indicator_outcome (year, indicator_id, month, version, outcome);
create index ix_manual_year on manual_assessment (year, indicator_id, month, version);
create index ix_submission_year on unit_month_submission (year, unit_code, month, version);
