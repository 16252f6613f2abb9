-- Which channels each person wants per kind of notification. No row means the default (on).
create table notification_preference (
    user_id integer not null references app_user (id) on delete cascade,
    kind    text    not null,
    channel text    not null check (channel in ('INBOX', 'EMAIL', 'TELEGRAM')),
    enabled integer not null check (enabled in (0, 1)),
    primary key (user_id, kind, channel)
);
