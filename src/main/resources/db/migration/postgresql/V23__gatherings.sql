-- Community events with seats (issue 13, ADR 27): a film evening, a workshop, a board-game night.
-- The database holds the invariants: seats are never oversold (taken moves only by a conditional update,
-- and the check below refuses any row that would hold more), one participation per person and event,
-- and a person is never accepted (or hosting) at two events whose times overlap.
create table gathering (
    id          bigint generated always as identity primary key,
    code        text    not null,          -- the short link /e/{code}
    host_id     bigint  not null references app_user (id),
    title       text    not null,
    description text,
    film_title  text,
    film_year   integer,
    film_link   text,
    starts_at   bigint  not null,
    ends_at     bigint  not null,
    time_zone   text    not null,
    local_day   text    not null,          -- the start's date in time_zone (YYYY-MM-DD), for day filters
    place       text,
    room_id     bigint references resource (id) on delete set null,
    booking_id  bigint references booking (id) on delete set null,
    privacy     text    not null check (privacy in ('PUBLIC', 'FOLLOWERS_ONLY', 'INVITE_ONLY')),
    free        boolean not null,
    price_note  text,
    seats       integer not null check (seats between 1 and 1000),
    taken       integer not null default 0,
    state       text    not null check (state in ('OPEN', 'CLOSED', 'CANCELLED')),
    place_key   text,                      -- place and film title lower-cased by Allot, for the filters
    film_key    text,
    created_at  bigint  not null,
    updated_at  bigint  not null,
    constraint gathering_code unique (code),
    constraint gathering_seats_not_oversold check (taken between 0 and seats),
    -- no event is longer than 14 days: the bound of SQLite's overlap check
    constraint gathering_times check (ends_at > starts_at and ends_at - starts_at <= 1209600000)
);
create index gathering_by_start on gathering (starts_at, id);
create index gathering_by_host on gathering (host_id, starts_at);

-- Everyone at an event: its host (role HOST, accepted from the start, not counted in the seats) and
-- the guests who asked, were invited, accepted, rejected, declined or withdrew. The times are the
-- event's, copied so that one constraint can keep a person from two overlapping events.
create table gathering_participant (
    id           bigint generated always as identity primary key,
    gathering_id bigint  not null references gathering (id) on delete cascade,
    person_id    bigint  not null references app_user (id),
    role         text    not null check (role in ('HOST', 'GUEST')),
    state        text    not null
        check (state in ('REQUESTED', 'INVITED', 'ACCEPTED', 'REJECTED', 'DECLINED', 'WITHDRAWN')),
    starts_at    bigint  not null,
    ends_at      bigint  not null,
    holds        boolean not null default false,   -- accepted at an event that is not cancelled
    invited_by   bigint references app_user (id),
    created_at   bigint  not null,
    updated_at   bigint  not null,
    constraint gathering_one_participation unique (gathering_id, person_id),
    check (not holds or state = 'ACCEPTED'),
    constraint gathering_no_overlap
        exclude using gist (person_id with =, int8range(starts_at, ends_at) with &&) where (holds)
);
create index gathering_participant_by_person on gathering_participant (person_id, starts_at);
create index gathering_participant_by_gathering on gathering_participant (gathering_id, state, id);

-- Who follows whom: followers see a host's followers-only events.
create table gathering_follow (
    follower_id bigint not null references app_user (id),
    host_id     bigint not null references app_user (id),
    created_at  bigint not null,
    primary key (follower_id, host_id),
    check (follower_id <> host_id)
);
create index gathering_follow_by_host on gathering_follow (host_id);
