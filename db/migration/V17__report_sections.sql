-- The delårsrapport's own sections (issue 16, docs/decisions/0014-report-sections-as-versioned-row-sets.md):
-- every section's rows of a period (åtgärder, uppdrag, risker, årshjul, sjukfrånvaro, lex Sarah,
-- politiska prioriteringar, verksamhetsmått, Kolada values) and every chapter's text, each saved as a
-- whole new version (who, when, from where); the latest version of a kind and period is in force.
-- Nothing is ever updated or deleted: the history is the table.

create table report_rows_version (
    id           bigint        not null auto_increment primary key,
    kind         varchar(40)   not null,                      -- ACTIONS, ASSIGNMENTS, RISKS, …
    period       char(7)       not null,                      -- 2021-08
    recorded_at  timestamp(3)  not null,
    recorded_by  varchar(100)  not null,
    source       varchar(300)  null,                          -- the imported file, or null for the editor
    content      longtext      not null                       -- JSON: the rows, each a list of cell texts
);
create index ix_report_rows_version on report_rows_version (kind, period, id);
create trigger report_rows_version_no_update before update on report_rows_version for each row
    signal sqlstate '45000' set message_text = 'report_rows_version is append-only';
create trigger report_rows_version_no_delete before delete on report_rows_version for each row
    signal sqlstate '45000' set message_text = 'report_rows_version is append-only';

create table report_text_version (
    id           bigint        not null auto_increment primary key,
    chapter      varchar(40)   not null,                      -- events, goals, economy, …
    period       char(7)       not null,
    recorded_at  timestamp(3)  not null,
    recorded_by  varchar(100)  not null,
    source       varchar(300)  null,
    markdown     longtext      not null
);
create index ix_report_text_version on report_text_version (chapter, period, id);
create trigger report_text_version_no_update before update on report_text_version for each row
    signal sqlstate '45000' set message_text = 'report_text_version is append-only';
create trigger report_text_version_no_delete before delete on report_text_version for each row
    signal sqlstate '45000' set message_text = 'report_text_version is append-only';

-- A token's scopes now include the report's ten file kinds: the comma-separated list outgrows 200.
alter table api_token modify scopes varchar(1000) not null;
