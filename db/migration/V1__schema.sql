-- Lägesbild schema. Facts are append-only: a correction inserts a new version (who, when, why);
-- reads take the highest version of each key. Derived figures (deviations, shares, colours) are
-- never stored: the services compute them from these facts.

-- ---------------------------------------------------------------- organisation
create table committee (
    code        varchar(20)  not null primary key,          -- nämnd, e.g. ASN
    name        varchar(200) not null
);

create table activity_area (                                 -- verksamhetsområde
    code           varchar(20)  not null primary key,
    committee_code varchar(20)  not null references committee (code),
    name           varchar(200) not null,
    sort_order     int          not null
);

create table activity (                                      -- verksamhet, a budget line
    code        varchar(40)  not null primary key,
    area_code   varchar(20)  not null references activity_area (code),
    name        varchar(200) not null,
    sort_order  int          not null,
    first_year  smallint     null,                           -- null: no limit
    last_year   smallint     null
);

create table administration (                                -- förvaltning
    code        varchar(20)  not null primary key,
    name        varchar(200) not null
);

create table unit (                                          -- enhet
    code                varchar(20)  not null primary key,
    administration_code varchar(20)  not null references administration (code),
    name                varchar(200) not null,
    sort_order          int          not null,
    active              boolean      not null default true
);

-- Spelling variants seen in source files and reports resolve to one entity.
create table unit_alias (
    alias       varchar(200) not null primary key,
    unit_code   varchar(20)  not null references unit (code)
);

create table activity_alias (
    alias         varchar(200) not null primary key,
    activity_code varchar(40)  not null references activity (code)
);

create table cost_type (                                     -- kostnadsslag, a tree
    code        varchar(30)  not null primary key,
    parent_code varchar(30)  null references cost_type (code),
    name        varchar(200) not null,
    sort_order  int          not null,
    income      boolean      not null                        -- income is +, costs are −
);

-- ---------------------------------------------------------------- imports
create table import_log (
    id              bigint       not null auto_increment primary key,
    kind            varchar(30)  not null,                   -- ACTUAL, BUDGET, FORECAST, INVESTIGATIONS, GOALS, DEMO
    file_name       varchar(300) not null,
    checksum_sha256 char(64)     not null,
    imported_at     timestamp(3) not null,
    imported_by     varchar(100) not null,
    status          varchar(20)  not null,                   -- APPLIED, REJECTED, REFUSED
    rows_added      int          not null default 0,
    rows_corrected  int          not null default 0,
    rows_unchanged  int          not null default 0,
    message         varchar(2000) null
);

-- ---------------------------------------------------------------- economy (amounts in tkr, kronor precision)
create table economy_year (
    year        smallint     not null primary key,
    locked      boolean      not null default false
);

create table actual_fact (                                   -- utfall for one month (not cumulative)
    id            bigint        not null auto_increment primary key,
    year          smallint      not null,
    month         tinyint       not null,
    activity_code varchar(40)   not null references activity (code),
    cost_type     varchar(30)   not null references cost_type (code),
    amount_tkr    decimal(16,3) not null,
    version       int           not null,
    recorded_at   timestamp(3)  not null,
    recorded_by   varchar(100)  not null,
    reason        varchar(500)  null,
    import_id     bigint        null references import_log (id),
    constraint uq_actual unique (year, activity_code, cost_type, month, version),
    constraint ck_actual_month check (month between 1 and 12)
);

create table budget_fact (                                   -- the year's budget, one row a month (the profile)
    id            bigint        not null auto_increment primary key,
    year          smallint      not null,
    month         tinyint       not null,
    activity_code varchar(40)   not null references activity (code),
    cost_type     varchar(30)   not null references cost_type (code),
    amount_tkr    decimal(16,3) not null,
    version       int           not null,
    recorded_at   timestamp(3)  not null,
    recorded_by   varchar(100)  not null,
    reason        varchar(500)  null,
    import_id     bigint        null references import_log (id),
    constraint uq_budget unique (year, activity_code, cost_type, month, version),
    constraint ck_budget_month check (month between 1 and 12)
);

create table forecast_fact (                                 -- helårsprognos of one forecast round
    id            bigint        not null auto_increment primary key,
    year          smallint      not null,
    round_month   tinyint       not null,
    activity_code varchar(40)   not null references activity (code),
    cost_type     varchar(30)   not null references cost_type (code),
    amount_tkr    decimal(16,3) not null,
    version       int           not null,
    recorded_at   timestamp(3)  not null,
    recorded_by   varchar(100)  not null,
    reason        varchar(500)  null,
    import_id     bigint        null references import_log (id),
    constraint uq_forecast unique (year, round_month, activity_code, cost_type, version),
    constraint ck_forecast_month check (round_month between 1 and 12)
);

create table economy_comment (
    id            bigint        not null auto_increment primary key,
    year          smallint      not null,
    month         tinyint       not null,
    activity_code varchar(40)   not null references activity (code),
    body          varchar(4000) not null,
    version       int           not null,
    recorded_at   timestamp(3)  not null,
    recorded_by   varchar(100)  not null
);

-- ---------------------------------------------------------------- investigations (pseudonymised)
create table investigation (
    id            bigint       not null auto_increment primary key,
    reference     varchar(64)  not null,                     -- opaque case reference
    version       int          not null,
    unit_code     varchar(20)  not null references unit (code),
    target_group  varchar(30)  not null,
    opened        date         not null,
    closed        date         null,
    deadline      date         not null,                     -- from the rules at write time
    recorded_at   timestamp(3) not null,
    recorded_by   varchar(100) not null,
    reason        varchar(500) null,
    import_id     bigint       null references import_log (id),
    constraint uq_investigation unique (reference, version)
);

create table investigation_extension (
    id               bigint      not null auto_increment primary key,
    investigation_id bigint      not null references investigation (id),
    decided          date        not null,
    new_deadline     date        not null,
    reason_code      varchar(40) not null
);

create table investigation_target (                           -- mål för andel sena, per enhet and year
    unit_code         varchar(20)  not null references unit (code),
    year              smallint     not null,
    late_share_target decimal(5,2) not null,
    primary key (unit_code, year)
);

-- ---------------------------------------------------------------- goals
create table goal_area (                                      -- målområde
    id                 bigint        not null auto_increment primary key,
    year               smallint      not null,
    number             tinyint       not null,
    short_name         varchar(60)   not null,
    title              varchar(400)  not null,
    indicator_name     varchar(400)  not null,               -- the förvaltning's indicator
    target_share       decimal(5,2)  not null,               -- målnivå, share of enheter green (%)
    yellow_threshold   decimal(5,2)  not null,               -- shortfall in % of target below which Gul
    constraint uq_goal_area unique (year, number)
);

create table unit_goal (                                      -- enhetsmål
    id            bigint        not null auto_increment primary key,
    goal_area_id  bigint        not null references goal_area (id),
    unit_code     varchar(20)   not null references unit (code),
    description   varchar(1000) not null,
    constraint uq_unit_goal unique (goal_area_id, unit_code)
);

create table indicator (
    id                bigint        not null auto_increment primary key,
    unit_goal_id      bigint        not null references unit_goal (id),
    name              varchar(400)  not null,
    direction         varchar(20)   not null,                -- HIGHER_IS_BETTER, LOWER_IS_BETTER, YES_NO
    unit_of_measure   varchar(20)   not null,                -- PERCENT, COUNT, YES_NO
    target            decimal(12,3) not null,
    yellow_threshold  decimal(5,2)  not null,
    sort_order        int           not null
);

create table indicator_outcome (
    id            bigint        not null auto_increment primary key,
    indicator_id  bigint        not null references indicator (id),
    year          smallint      not null,
    month         tinyint       not null,
    outcome       decimal(12,3) null,                        -- null: explicitly no outcome
    comment       varchar(4000) null,
    version       int           not null,
    recorded_at   timestamp(3)  not null,
    recorded_by   varchar(100)  not null,
    reason        varchar(500)  null,
    constraint uq_outcome unique (indicator_id, year, month, version)
);

create table manual_assessment (                              -- replaces the computed colour, with a comment
    id            bigint        not null auto_increment primary key,
    indicator_id  bigint        not null references indicator (id),
    year          smallint      not null,
    month         tinyint       not null,
    assessment    varchar(20)   null,                        -- null: manual assessment withdrawn
    comment       varchar(4000) not null,
    version       int           not null,
    recorded_at   timestamp(3)  not null,
    recorded_by   varchar(100)  not null,
    constraint uq_manual unique (indicator_id, year, month, version)
);

create table reported_goal_assessment (                       -- what a report printed (kept to compare)
    id            bigint        not null auto_increment primary key,
    goal_area_id  bigint        not null references goal_area (id),
    unit_code     varchar(20)   null references unit (code), -- null: the goal area (förvaltning) level
    month         tinyint       not null,
    assessment    varchar(20)   not null,
    share         decimal(5,2)  null,
    source        varchar(200)  not null,
    constraint uq_reported unique (goal_area_id, unit_code, month)
);

create table unit_month_submission (                          -- the enhet marked the month "klar"
    id            bigint       not null auto_increment primary key,
    unit_code     varchar(20)  not null references unit (code),
    year          smallint     not null,
    month         tinyint      not null,
    submitted     boolean      not null,
    version       int          not null,
    recorded_at   timestamp(3) not null,
    recorded_by   varchar(100) not null,
    constraint uq_submission unique (unit_code, year, month, version)
);

-- ---------------------------------------------------------------- application
create table app_setting (
    name        varchar(100)  not null primary key,
    value       varchar(1000) not null
);

-- Every committed change, in order; each app node follows it to push updates to its views.
create table change_log (
    id          bigint        not null auto_increment primary key,
    changed_at  timestamp(3)  not null,
    topic       varchar(30)   not null,                      -- ECONOMY, INVESTIGATIONS, GOALS, SETTINGS
    year        smallint      null,
    summary     varchar(500)  not null,
    changed_by  varchar(100)  not null
);
