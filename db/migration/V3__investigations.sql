-- Utredningar (issue #4): the current version of each case, for the figures and the drill lists.
--
-- `investigation` stays the append-only record of every version (who, when, why). The figures
-- read `investigation_current`, one row a case reference pointing at its latest version, written in
-- the same transaction as the version it points at (InvestigationRepository.append). It holds no
-- figures of its own: only the latest version's columns, so that the counts need neither a
-- max(version) subquery nor a scan of older versions.
create table investigation_current (
    reference        varchar(64) not null primary key,
    investigation_id bigint      not null,
    unit_code        varchar(20) not null,
    opened           date        not null,
    closed           date        null,
    deadline         date        not null,
    -- days from opening to closing; lets the queries bound their scan by the longest closed case
    span_days        int as (datediff(closed, opened)) persistent,
    -- the month of opening and of closing as year * 12 + month - 1, and whether closed late
    -- (closed > deadline, InvestigationRules.isLate): the monthly counts group by these in index order
    opened_month     int as (year(opened) * 12 + month(opened) - 1) persistent,
    closed_month     int as (year(closed) * 12 + month(closed) - 1) persistent,
    late             boolean as (closed > deadline) persistent,
    constraint uq_investigation_current_id unique (investigation_id)
);

-- Monthly inledda / avslutade / sena per enhet: a range of months, counted in index order.
create index ix_current_opened_month on investigation_current (opened_month, unit_code);
create index ix_current_closed_month on investigation_current (closed_month, unit_code, late);
-- Cases open on a day (bounded by the longest case), all enheter / one enhet, read from the index.
create index ix_current_opened on investigation_current (opened, closed, deadline, unit_code);
create index ix_current_unit_opened on investigation_current (unit_code, opened, closed, deadline);
-- Cases still open (closed is null) and the closing-day measures.
create index ix_current_closed on investigation_current (closed, opened, deadline, unit_code);
create index ix_current_span on investigation_current (span_days);

insert into investigation_current (reference, investigation_id, unit_code, opened, closed, deadline)
select i.reference, i.id, i.unit_code, i.opened, i.closed, i.deadline
from investigation i
where i.version = (select max(v.version) from investigation v where v.reference = i.reference);

-- Column-level REFERENCES clauses are ignored by InnoDB (V1), so the extension lookup by case
-- version has no index yet.
create index ix_extension_investigation on investigation_extension (investigation_id, decided, new_deadline);

-- An export may leave the reason of an extension out.
alter table investigation_extension modify reason_code varchar(40) null;

-- Imports by kind, newest first (the import history).
create index ix_import_log_kind on import_log (kind, imported_at);
