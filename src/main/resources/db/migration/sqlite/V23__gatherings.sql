-- Community events with seats (issue 13, ADR 27): a film evening, a workshop, a board-game night.
-- The database holds the invariants: seats are never oversold (taken moves only by a conditional update,
-- and the check below refuses any row that would hold more), one participation per person and event,
-- and a person is never accepted (or hosting) at two events whose times overlap (the triggers below;
-- PostgreSQL has an exclusion constraint).
create table gathering (
    id          integer primary key,
    code        text    not null,          -- the short link /e/{code}
    host_id     integer not null references app_user (id),
    title       text    not null,
    description text,
    film_title  text,
    film_year   integer,
    film_link   text,
    starts_at   integer not null,
    ends_at     integer not null,
    time_zone   text    not null,
    local_day   text    not null,          -- the start's date in time_zone (YYYY-MM-DD), for day filters
    place       text,
    room_id     integer references resource (id) on delete set null,
    booking_id  integer references booking (id) on delete set null,
    privacy     text    not null check (privacy in ('PUBLIC', 'FOLLOWERS_ONLY', 'INVITE_ONLY')),
    free        integer not null,
    price_note  text,
    seats       integer not null check (seats between 1 and 1000),
    taken       integer not null default 0,
    state       text    not null check (state in ('OPEN', 'CLOSED', 'CANCELLED')),
    place_key   text,                      -- place and film title lower-cased by Allot, for the filters
    film_key    text,
    created_at  integer not null,
    updated_at  integer not null,
    constraint gathering_code unique (code),
    constraint gathering_seats_not_oversold check (taken between 0 and seats),
    -- no event is longer than 14 days: the bound of the overlap check
    constraint gathering_times check (ends_at > starts_at and ends_at - starts_at <= 1209600000)
);
create index gathering_by_start on gathering (starts_at, id);
create index gathering_by_host on gathering (host_id, starts_at);

-- Everyone at an event: its host (role HOST, accepted from the start, not counted in the seats) and
-- the guests who asked, were invited, accepted, rejected, declined or withdrew. The times are the
-- event's, copied so that the triggers can keep a person from two overlapping events.
create table gathering_participant (
    id           integer primary key,
    gathering_id integer not null references gathering (id) on delete cascade,
    person_id    integer not null references app_user (id),
    role         text    not null check (role in ('HOST', 'GUEST')),
    state        text    not null
        check (state in ('REQUESTED', 'INVITED', 'ACCEPTED', 'REJECTED', 'DECLINED', 'WITHDRAWN')),
    starts_at    integer not null,
    ends_at      integer not null,
    holds        integer not null default 0,   -- accepted at an event that is not cancelled
    invited_by   integer references app_user (id),
    created_at   integer not null,
    updated_at   integer not null,
    constraint gathering_one_participation unique (gathering_id, person_id),
    check (not holds or state = 'ACCEPTED')
);
create index gathering_participant_by_person on gathering_participant (person_id, starts_at);
create index gathering_participant_by_gathering on gathering_participant (gathering_id, state, id);

-- The overlap guard, bounded from both sides by the longest event (14 days): it reads the person's
-- index between two keys, however many events they went to.
create trigger gathering_no_overlap_on_insert
before insert on gathering_participant
when new.holds
begin
    select raise(abort, 'gathering_no_overlap')
    where exists (select 1
                  from gathering_participant p
                  where p.person_id = new.person_id
                    and p.starts_at > new.starts_at - 1209600000
                    and p.starts_at < new.ends_at
                    and p.ends_at > new.starts_at
                    and p.holds);
end;

create trigger gathering_no_overlap_on_update
before update of holds, starts_at, ends_at on gathering_participant
when new.holds
begin
    select raise(abort, 'gathering_no_overlap')
    where exists (select 1
                  from gathering_participant p
                  where p.person_id = new.person_id
                    and p.id <> new.id
                    and p.starts_at > new.starts_at - 1209600000
                    and p.starts_at < new.ends_at
                    and p.ends_at > new.starts_at
                    and p.holds);
end;

-- Who follows whom: followers see a host's followers-only events.
create table gathering_follow (
    follower_id integer not null references app_user (id),
    host_id     integer not null references app_user (id),
    created_at  integer not null,
    primary key (follower_id, host_id),
    check (follower_id <> host_id)
);
create index gathering_follow_by_host on gathering_follow (host_id);
