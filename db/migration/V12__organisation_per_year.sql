-- Issue 14, Kom igång: the organisation per year (docs/decisions/0008-organisation-per-year.md).
-- Every entity keeps its code for good (the facts refer to it); it exists from first_year to last_year
-- (null: no limit), and what may change from one year to the next (name, where it sits, sort order,
-- the finance system's code) is a version valid from a year on. The entity's own row is the version
-- of its first year; organisation_version holds the later ones. August 2021 reads the 2021 versions
-- whatever 2022 changed.

alter table committee
    add column sort_order   int         not null default 1,
    add column finance_code varchar(40) null,
    add column first_year   smallint    null,
    add column last_year    smallint    null;

alter table administration
    add column committee_code varchar(20) null,
    add column sort_order     int         not null default 1,
    add column finance_code   varchar(40) null,
    add column first_year     smallint    null,
    add column last_year      smallint    null,
    add constraint fk_administration_committee foreign key (committee_code) references committee (code);

alter table activity_area
    add column finance_code varchar(40) null,
    add column first_year   smallint    null,
    add column last_year    smallint    null;

alter table activity
    add column finance_code varchar(40) null;

alter table unit
    add column finance_code   varchar(40) null,
    add column first_year     smallint    null,
    add column last_year      smallint    null,
    add column successor_code varchar(20) null,                -- merged into this enhet after last_year
    add constraint fk_unit_successor foreign key (successor_code) references unit (code);

alter table cost_type
    add column finance_code varchar(40) null,
    add column first_year   smallint    null,
    add column last_year    smallint    null;

-- A version of an entity valid from a year until the next version: a rename, a move to another
-- parent (a verksamhet to another verksamhetsområde), a new sort order or finance code.
create table organisation_version (
    kind         varchar(20)  not null,                        -- COMMITTEE, ADMINISTRATION, AREA, ACTIVITY, UNIT, COST_TYPE
    code         varchar(40)  not null,
    from_year    smallint     not null,
    parent_code  varchar(40)  null,
    name         varchar(200) not null,
    sort_order   int          not null,
    finance_code varchar(40)  null,
    recorded_at  timestamp(3) not null,
    recorded_by  varchar(100) not null,
    primary key (kind, code, from_year),
    constraint ck_organisation_version_kind
        check (kind in ('COMMITTEE', 'ADMINISTRATION', 'AREA', 'ACTIVITY', 'UNIT', 'COST_TYPE'))
);

-- The year: draft (being set up: no budget yet), published (open to every fact) or locked (no more
-- facts). A year without a row counts as published. economy_year.locked keeps its meaning.
alter table economy_year
    add column draft      boolean      not null default false,
    add column changed_at timestamp(3) null,
    add column changed_by varchar(100) null;
