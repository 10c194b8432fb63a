-- Nämndmöte (issue 8): frozen report versions, slides pinned from the views, and presentation
-- sessions whose current slide every app node reads (the nodes share only this database).

-- A frozen report version: every table of the report as computed when it was frozen (JSON, see
-- report.ReportSnapshot and docs/decisions/0004-frozen-report-versions.md). Never updated.
create table report_version (
    id          bigint        not null auto_increment primary key,
    name        varchar(200)  not null,                       -- "Delårsrapport 2 2021"
    period      char(7)       not null,                       -- 2021-08
    frozen_at   timestamp(3)  not null,
    frozen_by   varchar(100)  not null,
    content     longtext      not null
);
create trigger report_version_frozen before update on report_version for each row
    signal sqlstate '45000' set message_text = 'A frozen report version never changes';

-- A slide the controller pinned from a view ("Visa i presentationen"): a kind and its scope.
create table presentation_pin (
    id          bigint        not null auto_increment primary key,
    kind        varchar(30)   not null,                       -- ECONOMY, INVESTIGATIONS, GOALS
    scope       varchar(50)   not null,                       -- verksamhet code, enhet code, goal area number
    pinned_at   timestamp(3)  not null,
    pinned_by   varchar(100)  not null,
    removed_at  timestamp(3)  null
);

-- A presentation: its short code, what it shows (a frozen version, or live figures of a period) and
-- the presenter's current slide. A change of slide is also written to change_log (topic PRESENTATION).
create table presentation_session (
    code        char(4)       not null primary key,
    version_id  bigint        null references report_version (id),
    period      char(7)       not null,
    slide       int           not null,
    started_at  timestamp(3)  not null,
    started_by  varchar(100)  not null
);
