-- Presence: how many open views (browser tabs) of each view key each app node has now. A node
-- rewrites its own rows when its counts change and refreshes heartbeat_at every few seconds; rows
-- whose heartbeat is older than the expiry (a node that died) are not counted and are removed.
create table presence (
    node_id       varchar(36)   not null,
    view_key      varchar(200)  not null,
    viewers       int           not null,
    heartbeat_at  timestamp(3)  not null,
    primary key (node_id, view_key),
    key presence_heartbeat (heartbeat_at)
);
