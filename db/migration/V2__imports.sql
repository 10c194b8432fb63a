-- Economy imports: tokens for the import endpoint used by scheduled jobs.

-- A token is stored only as its SHA-256 hash; its scopes are the import kinds it may post.
create table api_token (
    id            bigint       not null auto_increment primary key,
    name          varchar(100) not null,
    token_sha256  char(64)     not null,
    scopes        varchar(200) not null,                     -- comma-separated: ACTUAL,BUDGET,FORECAST
    created_at    timestamp(3) not null,
    revoked_at    timestamp(3) null,                         -- null: in force
    constraint uq_api_token_name unique (name),
    constraint uq_api_token_hash unique (token_sha256)
);

-- The import log is read newest first.
create index ix_import_log_imported_at on import_log (imported_at);
