-- Which channels each person wants per kind of notification. No row means the default (on).
create table notification_preference (
    user_id bigint  not null references app_user (id) on delete cascade,
    kind    text    not null,
    channel text    not null check (channel in ('INBOX', 'EMAIL', 'TELEGRAM')),
    enabled boolean not null,
    primary key (user_id, kind, channel)
);
