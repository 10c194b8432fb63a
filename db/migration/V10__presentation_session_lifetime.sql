-- A presentation session's lifetime: it ends when the presenter ends it (leaves or closes the
-- presentation) or when the presenter has not moved for the presentation screens' session timeout
-- (8 h); an ended code tells its followers so for a day, then the row is removed by a scheduled
-- cleanup that every app node runs (idempotent statements, see presentation.PresentationService).
alter table presentation_session
    add column last_move_at timestamp(3) null after started_by,
    add column ended_at     timestamp(3) null after last_move_at;
update presentation_session set last_move_at = started_at;
alter table presentation_session modify last_move_at timestamp(3) not null;
create index ix_presentation_session_last_move on presentation_session (last_move_at);
create index ix_presentation_session_ended on presentation_session (ended_at);
