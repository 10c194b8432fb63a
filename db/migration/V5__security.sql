-- Access and audit (issue 7): users, their roles and enheter, login throttling, API token owners,
-- and the append-only audit trail.

-- A user is never deleted: deactivating keeps the row, so the history that names the user stays readable.
create table app_user (
    id              bigint       not null auto_increment primary key,
    username        varchar(100) not null,
    display_name    varchar(200) not null,
    email           varchar(200) null,                       -- matched against the OIDC e-mail claim
    password_hash   varchar(200) null,                       -- bcrypt; null: single sign-on only
    demo_password   boolean      not null default false,     -- still the documented demo password
    active          boolean      not null default true,
    failed_logins   int          not null default 0,         -- consecutive failures since the last success
    locked_until    timestamp(3) null,                       -- login throttling after repeated failures
    created_at      timestamp(3) not null,
    deactivated_at  timestamp(3) null,
    constraint uq_app_user_username unique (username)
);

create table app_user_role (
    user_id  bigint      not null references app_user (id),
    role     varchar(20) not null,                           -- LEDNING, CONTROLLER, ENHETSCHEF, NAMND, ADMIN
    primary key (user_id, role)
);

-- The enheter an enhetschef answers for.
create table app_user_unit (
    user_id    bigint      not null references app_user (id),
    unit_code  varchar(20) not null references unit (code),
    primary key (user_id, unit_code)
);

-- API tokens belong to a job; who created them is kept.
alter table api_token add column created_by varchar(100) null;

-- Every write: who, when, what kind, for which enhet and period, what, old -> new. Written in the
-- transaction of the write; never updated or deleted (the triggers refuse it, whoever asks).
create table audit_event (
    id         bigint        not null auto_increment primary key,
    at         timestamp(3)  not null,
    username   varchar(100)  not null,
    kind       varchar(40)   not null,                       -- see security.AuditKind
    unit_code  varchar(20)   null,
    period     char(7)       null,                           -- yyyy-MM, or yyyy for a whole year
    what       varchar(500)  not null,
    old_value  text          null,
    new_value  text          null
);
create index ix_audit_at on audit_event (at);
create index ix_audit_user on audit_event (username, at);

create trigger audit_event_no_update before update on audit_event for each row
    signal sqlstate '45000' set message_text = 'audit_event is append-only: rows cannot be changed';

create trigger audit_event_no_delete before delete on audit_event for each row
    signal sqlstate '45000' set message_text = 'audit_event is append-only: rows cannot be deleted';
