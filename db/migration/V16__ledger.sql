-- Issue 15: the finance system's ledger (huvudbok, SIE 4) per konto, mapped by a kontoplan per year
-- (docs/decisions/0013-ledger-per-account.md, docs/import-formats.md "Huvudbok och SIE").

-- Which kostnadsslag a konto's amounts are summed into, per year: a range of accounts or one account
-- (first = last). Bounds compare as prefixes: 4500-4599 holds 4500, 4599 and the sub-accounts 45991.
-- The application refuses overlapping ranges of a year. Set-up state (changed, audited), not facts.
create table ledger_account_map (
    year          smallint     not null,
    first_account varchar(10)  not null,
    last_account  varchar(10)  not null,
    cost_type     varchar(30)  not null references cost_type (code),
    changed_at    timestamp(3) not null,
    changed_by    varchar(100) not null,
    primary key (year, first_account),
    constraint ck_ledger_account_digits check (first_account regexp '^[0-9]{1,10}$' and last_account regexp '^[0-9]{1,10}$')
);

-- Which verksamhet an ansvar and/or verksamhetskod of the ledger belongs to, per year ('' = any):
-- ansvar and verksamhetskod together first, then ansvar alone, then verksamhetskod alone.
create table ledger_activity_map (
    year           smallint     not null,
    ansvar         varchar(40)  not null default '',
    verksamhetskod varchar(40)  not null default '',
    activity_code  varchar(40)  not null references activity (code),
    changed_at     timestamp(3) not null,
    changed_by     varchar(100) not null,
    primary key (year, ansvar, verksamhetskod),
    constraint ck_ledger_activity_key check (ansvar <> '' or verksamhetskod <> '')
);

-- The accounts' names as the finance system's files give them (#KONTO, the text column), per year.
create table ledger_account (
    year       smallint     not null,
    account    varchar(10)  not null,
    name       varchar(200) not null,
    changed_at timestamp(3) not null,
    primary key (year, account)
);

-- The ledger per konto, ansvar and verksamhetskod and month (utfall or budget), summed from the file's
-- rows, with the verksamhet and kostnadsslag it was mapped to when imported (what actual_fact and
-- budget_fact hold the sums of). Append-only like the other facts: a change is the next version.
create table ledger_fact (
    id             bigint        not null auto_increment primary key,
    kind           varchar(10)   not null,
    year           smallint      not null,
    month          tinyint       not null,
    account        varchar(10)   not null,
    ansvar         varchar(40)   not null,
    verksamhetskod varchar(40)   not null,
    activity_code  varchar(40)   not null references activity (code),
    cost_type      varchar(30)   not null references cost_type (code),
    amount_tkr     decimal(16,3) not null,
    version        int           not null,
    recorded_at    timestamp(3)  not null,
    recorded_by    varchar(100)  not null,
    import_id      bigint        null references import_log (id),
    constraint uq_ledger_fact unique (year, kind, account, ansvar, verksamhetskod, month, version),
    constraint ck_ledger_fact_kind check (kind in ('ACTUAL', 'BUDGET')),
    constraint ck_ledger_fact_month check (month between 1 and 12),
    constraint ck_ledger_fact_version check (version >= 1)
);
create index ix_ledger_fact_cell on ledger_fact (year, kind, activity_code, cost_type);

create trigger ledger_fact_no_update before update on ledger_fact for each row
    signal sqlstate '45000' set message_text = 'ledger_fact is append-only: a correction is a new version';
create trigger ledger_fact_no_delete before delete on ledger_fact for each row
    signal sqlstate '45000' set message_text = 'ledger_fact is append-only: a correction is a new version';
