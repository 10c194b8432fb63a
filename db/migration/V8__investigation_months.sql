-- Utredningar (issue #4): monthly event counts per enhet, kept with every case version.
--
-- The view's figures are counts of events per enhet and month: cases opened (inledda), closed
-- (avslutade) and closed after their deadline (sena), and pågående follows from them
-- (MonthlyCounts: the cases open on a month's first day are all opened before it minus all closed
-- before it). Counting these from investigation_current took 150–200 ms at a million cases; this
-- table holds them, changed by the difference between a case's previous and new current version in
-- the same transaction that writes the version (InvestigationRepository.append), so the figures
-- read a few thousand rows. The month is year * 12 + month - 1, as InvestigationRepository.monthIndex.
create table investigation_month (
    unit_code varchar(20) not null,
    month     int         not null,
    opened    int         not null default 0,
    closed    int         not null default 0,
    late      int         not null default 0,
    -- at least the longest time in days from opening to closing of a case opened in the month: it
    -- grows with a new version and never shrinks, for the queries need only an upper bound (they
    -- read closed cases from an opening-day range bounded by it)
    longest_span int      not null default 0,
    primary key (unit_code, month)
);

insert into investigation_month (unit_code, month, opened, closed, late, longest_span)
select unit_code, month, sum(opened), sum(closed), sum(late), coalesce(max(span), 0)
from (select unit_code, opened_month month, 1 opened, 0 closed, 0 late, span_days span from investigation_current
      union all
      select unit_code, closed_month, 0, 1, late, null from investigation_current where closed is not null) events
group by unit_code, month;

-- The month and span columns and their indexes served only those counts and that bound, and the
-- all-enheter index on the opening day only the counts of pågående (the drill lists and "över
-- tidsgränsen" read ix_current_unit_opened, one range per enhet). Every index of
-- investigation_current is paid for on each case version an import writes.
alter table investigation_current
    drop index ix_current_opened,
    drop index ix_current_opened_month,
    drop index ix_current_closed_month,
    drop index ix_current_span,
    drop column opened_month,
    drop column closed_month,
    drop column late,
    drop column span_days;
