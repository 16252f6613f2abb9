-- db-scheduler's table (https://github.com/kagkarlsson/db-scheduler); times as epoch milliseconds,
-- which is how sqlite-jdbc writes and reads java.sql.Timestamp.
create table scheduled_tasks (
    task_name            text    not null,
    task_instance        text    not null,
    task_data            blob,
    execution_time       integer not null,
    picked               integer not null,
    picked_by            text,
    last_success         integer,
    last_failure         integer,
    consecutive_failures integer,
    last_heartbeat       integer,
    version              integer not null,
    priority             integer,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);

-- The in-app inbox. delivery_key makes a re-run delivery a no-op.
create table notification (
    id           integer primary key,
    user_id      integer not null references app_user (id) on delete cascade,
    kind         text    not null,
    title        text    not null,
    body         text    not null,
    link         text,
    created_at   integer not null,
    read_at      integer,
    delivery_key text    not null unique
);
create index notification_by_user on notification (user_id, created_at);
