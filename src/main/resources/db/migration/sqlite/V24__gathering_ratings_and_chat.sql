-- After an event: each accepted guest rates the host and the host each guest, once per pair and event
-- (ADR 27). role is the rated person's part: HOST (a guest rated the host) or GUEST.
create table gathering_rating (
    id           integer primary key,
    gathering_id integer not null references gathering (id) on delete cascade,
    rater_id     integer not null references app_user (id),
    rated_id     integer not null references app_user (id),
    role         text    not null check (role in ('HOST', 'GUEST')),
    score        integer not null check (score between 1 and 5),
    comment      text,
    created_at   integer not null,
    updated_at   integer not null,
    constraint gathering_one_rating unique (gathering_id, rater_id, rated_id),
    check (rater_id <> rated_id)
);
create index gathering_rating_by_rated on gathering_rating (rated_id, role);

-- The event's chat: the host and the accepted guests.
create table gathering_message (
    id           integer primary key,
    gathering_id integer not null references gathering (id) on delete cascade,
    author_id    integer not null references app_user (id),
    text         text    not null,
    created_at   integer not null,
    edited_at    integer
);
create index gathering_message_by_gathering on gathering_message (gathering_id, id);

-- The host's shareable invitation link /e/{code}?invite={token}: whoever opens it may take a seat as if invited.
alter table gathering add column invite_token text;
