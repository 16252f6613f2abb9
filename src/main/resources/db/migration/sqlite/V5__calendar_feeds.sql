-- One private calendar feed per person; resetting it replaces the row's token.
create table calendar_feed (
    user_id    integer primary key,       -- an app_user id; not a foreign key, notification does not own people
    token_hash text    not null unique,   -- SHA-256 of the feed token; the token itself is never stored
    created_at integer not null
);
