-- Analysis beside the figures (issue #16): a comment per subject and period, versioned like the facts
-- (docs/decisions/0002, 0015). The subject is the nämnd, a verksamhetsområde or a verksamhet (economy,
-- by code), an enhet (investigations, by code), a målområde (by number) or an enhet's goals in a
-- målområde ("3/BUE"); one table for all, since economy_comment (V1) names only verksamheter. That
-- table stays, unused. The body's length is base.Comments.MAX_LENGTH (the form and the service keep
-- to it; a test compares the column with the constant). A blank body withdraws the period's comment.
create table analysis_comment (
    id            bigint        not null auto_increment primary key,
    year          smallint      not null,
    month         tinyint       not null,
    subject_kind  varchar(20)   not null,
    subject_key   varchar(60)   not null,
    body          varchar(2000) not null,
    version       int           not null,
    recorded_at   timestamp(3)  not null,
    recorded_by   varchar(100)  not null,
    constraint ck_analysis_month check (month between 1 and 12),
    constraint ck_analysis_kind check (subject_kind in ('COMMITTEE', 'AREA', 'ACTIVITY', 'UNIT', 'GOAL_AREA', 'GOAL_UNIT')),
    constraint ck_analysis_version check (version >= 1),
    constraint uq_analysis unique (subject_kind, subject_key, year, month, version)
);
create index ix_analysis_period on analysis_comment (year, month);

create trigger analysis_comment_no_update before update on analysis_comment for each row
    signal sqlstate '45000' set message_text = 'analysis_comment is append-only: a correction is a new version';
create trigger analysis_comment_no_delete before delete on analysis_comment for each row
    signal sqlstate '45000' set message_text = 'analysis_comment is append-only: a correction is a new version';
