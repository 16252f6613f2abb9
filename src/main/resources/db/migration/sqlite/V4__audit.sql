-- The business event log: who did what to which thing, and when. Rows are only ever added.
-- actor_id is null for the system; it is no foreign key, so the log outlives what it names.
-- details is JSON: {"before": {...} | null, "after": {...} | null} with the values that changed.
create table audit_event (
    id          integer primary key autoincrement,
    occurred_at integer not null,
    actor_id    integer,
    action      text    not null,
    target_type text    not null,
    target_id   text    not null,
    details     text    not null
);

-- Newest first, optionally from/to: the admin's list and the CSV export.
create index audit_event_time on audit_event (occurred_at, id);
create index audit_event_actor on audit_event (actor_id, occurred_at);
create index audit_event_target on audit_event (target_type, target_id, occurred_at);
create index audit_event_action on audit_event (action, occurred_at);
