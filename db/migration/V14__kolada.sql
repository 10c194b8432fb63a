-- Jämförelser (issue #17): key figures from Kolada's open API v3, stored append-only like every
-- other fact: a value or description that Kolada changes arrives as a new version of its key, with
-- the fetch that brought it; reads take the highest version. Nothing here is ever updated or deleted.

-- Each fetch from Kolada (or from the demo data's recording), whether it succeeded or not: the page
-- says when the values it shows were fetched, and why the latest fetch failed.
create table kolada_fetch (
    id           bigint        not null auto_increment primary key,
    started_at   timestamp(3)  not null,
    finished_at  timestamp(3)  not null,
    fetched_by   varchar(100)  not null,
    source       varchar(300)  not null,                   -- the API's base URL, or the recording
    outcome      varchar(12)   not null,                   -- OK, UNREACHABLE, MALFORMED
    message      varchar(1000) null,                       -- why it failed (for the log, not the user)
    requests     int           not null                    -- requests sent (with retries and pages)
);
create index ix_kolada_fetch_outcome on kolada_fetch (outcome, id);

-- A key figure's description (/kpi).
create table kolada_kpi (
    id                varchar(32)   not null,
    version           int           not null,
    title             varchar(1000) not null,
    description       text          null,                  -- Kolada's definition
    operating_area    varchar(1000) null,
    divided_by_gender boolean       not null,
    has_ou_data       boolean       not null,
    municipality_type varchar(10)   null,
    fetch_id          bigint        not null,
    primary key (id, version)
);

-- The places values are about: kommuner, regioner and riket (/municipality), groups of kommuner
-- (/municipality_groups, with their members) and organisational units (/ou).
create table kolada_place (
    id        varchar(32)  not null,
    version   int          not null,
    kind      varchar(12)  not null,                       -- MUNICIPALITY, GROUP, UNIT
    title     varchar(500) not null,
    type      varchar(32)  null,                           -- K kommun, L region; a unit's kommun
    members   text         null,                           -- a group's member ids, comma-separated
    fetch_id  bigint       not null,
    primary key (id, version)
);
create index ix_kolada_place_kind on kolada_place (kind, id);

-- A value per key figure, place, year and gender (T total, K women, M men).
create table kolada_value (
    kpi_id    varchar(32)    not null,
    place_id  varchar(32)    not null,
    year      smallint       not null,
    gender    char(1)        not null,
    version   int            not null,
    value     decimal(24, 6) null,                         -- null: Kolada has none (status says why)
    status    varchar(100)   null,
    fetch_id  bigint         not null,
    primary key (kpi_id, place_id, year, gender, version)
);

-- What the page compares (chosen by a controller; the fetch asks Kolada for these): key figures
-- (KPI) and the kommuner and groups beside the kommun (COMPARISON), in the order shown.
create table kolada_choice (
    kind        varchar(12)  not null,
    id          varchar(32)  not null,
    sort_order  int          not null,
    chosen_at   timestamp(3) not null,
    chosen_by   varchar(100) not null,
    primary key (kind, id)
);

-- What each fetch brought (the page's "n nya värden").
create index ix_kolada_value_fetch on kolada_value (fetch_id);
create index ix_kolada_kpi_fetch on kolada_kpi (fetch_id);
create index ix_kolada_place_fetch on kolada_place (fetch_id);

-- The database holds the rules itself (as V11 for the other facts): versions from 1, the enums'
-- words, and no UPDATE or DELETE of a fetch, a description, a place or a value.
alter table kolada_fetch add constraint ck_kolada_fetch_outcome check (outcome in ('OK', 'UNREACHABLE', 'MALFORMED'));
alter table kolada_kpi add constraint ck_kolada_kpi_version check (version >= 1);
alter table kolada_place add constraint ck_kolada_place_version check (version >= 1);
alter table kolada_place add constraint ck_kolada_place_kind check (kind in ('MUNICIPALITY', 'GROUP', 'UNIT'));
alter table kolada_value add constraint ck_kolada_value_version check (version >= 1);
alter table kolada_value add constraint ck_kolada_value_gender check (gender in ('T', 'K', 'M'));
alter table kolada_choice add constraint ck_kolada_choice_kind check (kind in ('KPI', 'COMPARISON'));

create trigger kolada_fetch_no_update before update on kolada_fetch for each row
    signal sqlstate '45000' set message_text = 'kolada_fetch is append-only: each fetch is a row of its own';
create trigger kolada_fetch_no_delete before delete on kolada_fetch for each row
    signal sqlstate '45000' set message_text = 'kolada_fetch is append-only: each fetch is a row of its own';
create trigger kolada_kpi_no_update before update on kolada_kpi for each row
    signal sqlstate '45000' set message_text = 'kolada_kpi is append-only: a change is a new version';
create trigger kolada_kpi_no_delete before delete on kolada_kpi for each row
    signal sqlstate '45000' set message_text = 'kolada_kpi is append-only: a change is a new version';
create trigger kolada_place_no_update before update on kolada_place for each row
    signal sqlstate '45000' set message_text = 'kolada_place is append-only: a change is a new version';
create trigger kolada_place_no_delete before delete on kolada_place for each row
    signal sqlstate '45000' set message_text = 'kolada_place is append-only: a change is a new version';
create trigger kolada_value_no_update before update on kolada_value for each row
    signal sqlstate '45000' set message_text = 'kolada_value is append-only: a change is a new version';
create trigger kolada_value_no_delete before delete on kolada_value for each row
    signal sqlstate '45000' set message_text = 'kolada_value is append-only: a change is a new version';
