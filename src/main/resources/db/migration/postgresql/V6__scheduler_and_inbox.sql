-- db-scheduler's table (https://github.com/kagkarlsson/db-scheduler).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);

-- The in-app inbox. delivery_key makes a re-run delivery a no-op.
create table notification (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    kind         text   not null,
    title        text   not null,
    body         text   not null,
    link         text,
    created_at   bigint not null,
    read_at      bigint,
    delivery_key text   not null unique
);
create index notification_by_user on notification (user_id, created_at);
