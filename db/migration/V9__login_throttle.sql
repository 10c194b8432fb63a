-- Login throttling for any user name, existing or not, and per client address (issue 7): failed
-- logins are counted here, in the database, so every node honours a lock. The key is the SHA-256 of
-- "name:<user name>" or "address:<client address>", so names typed by mistake (or passwords typed
-- into the name field) are not kept in the clear.
create table login_throttle (
    throttle_key  char(64)     not null primary key,
    failures      int          not null,                     -- failures since the last success, within the hour
    locked_until  timestamp(3) null,
    last_failure  timestamp(3) not null
);
create index ix_login_throttle_last_failure on login_throttle (last_failure);

-- The per-user counters of V5 are replaced by the table above.
alter table app_user drop column failed_logins, drop column locked_until;
