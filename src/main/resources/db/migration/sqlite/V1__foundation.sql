-- Times are UTC instants stored as epoch milliseconds; the same numbers in PostgreSQL.

create table app_user (
    id            integer primary key,
    email         text    not null unique,  -- stored lower-cased
    display_name  text    not null,
    password_hash text    not null,
    role          text    not null check (role in ('VIEWER', 'MEMBER', 'ADMIN')),
    active        integer not null default 1 check (active in (0, 1)),
    created_at    integer not null
);

create table api_token (
    id         integer primary key,
    user_id    integer not null references app_user (id) on delete cascade,
    token_hash text    not null unique,  -- SHA-256 of the token; the token itself is never stored
    created_at integer not null,
    expires_at integer not null
);
create index api_token_by_user on api_token (user_id);

create table site (
    id         integer primary key,
    name       text    not null,
    address    text,
    time_zone  text    not null,
    created_at integer not null
);

-- A site without rows here is open around the clock.
create table site_opening_hours (
    site_id     integer not null references site (id) on delete cascade,
    day_of_week integer not null check (day_of_week between 1 and 7),
    opens_at    text    not null,  -- local time of the site, HH:MM
    closes_at   text    not null,
    primary key (site_id, day_of_week)
);

create table floor (
    id      integer primary key,
    site_id integer not null references site (id) on delete cascade,
    name    text    not null,
    level   integer not null default 0,
    unique (site_id, name)
);

create table resource (
    id                integer primary key,
    site_id           integer not null references site (id),
    floor_id          integer references floor (id),
    kind              text    not null check (kind in ('ROOM', 'DESK', 'EQUIPMENT')),
    name              text    not null,
    capacity          integer not null check (capacity > 0),
    description       text,
    photo_url         text,
    active            integer not null default 1 check (active in (0, 1)),
    requires_approval integer not null default 0 check (requires_approval in (0, 1)),
    created_at        integer not null,
    updated_at        integer not null
);
create index resource_by_site_kind on resource (site_id, kind, capacity);
create index resource_by_floor on resource (floor_id);

create table resource_amenity (
    resource_id integer not null references resource (id) on delete cascade,
    amenity     text    not null,
    primary key (resource_id, amenity)
);
create index resource_amenity_by_amenity on resource_amenity (amenity, resource_id);

create table booking (
    id            integer primary key,
    resource_id   integer not null references resource (id),
    user_id       integer not null references app_user (id),
    title         text    not null,
    note          text,
    attendees     integer not null check (attendees > 0),
    starts_at     integer not null,
    ends_at       integer not null,
    status        text    not null check (status in ('PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED')),
    created_at    integer not null,
    updated_at    integer not null,
    decided_by    integer references app_user (id),
    cancelled_by  integer references app_user (id),
    reason        text,
    check (starts_at < ends_at)
);
-- Answers the overlap check below and availability searches: active bookings of one resource by time.
create index booking_active_by_resource on booking (resource_id, starts_at, ends_at)
    where status in ('PENDING', 'CONFIRMED');
create index booking_by_user on booking (user_id, starts_at);
create index booking_by_time on booking (starts_at);

-- No double booking: two active bookings of one resource never overlap. Every write transaction
-- begins IMMEDIATE (one writer at a time), so this check and the insert cannot interleave.
create trigger booking_no_overlap_on_insert
before insert on booking
when new.status in ('PENDING', 'CONFIRMED')
begin
    select raise(abort, 'booking_no_overlap')
    where exists (select 1
                  from booking b
                  where b.resource_id = new.resource_id
                    and b.status in ('PENDING', 'CONFIRMED')
                    and b.starts_at < new.ends_at
                    and b.ends_at > new.starts_at);
end;

create trigger booking_no_overlap_on_update
before update of resource_id, starts_at, ends_at, status on booking
when new.status in ('PENDING', 'CONFIRMED')
begin
    select raise(abort, 'booking_no_overlap')
    where exists (select 1
                  from booking b
                  where b.resource_id = new.resource_id
                    and b.id <> new.id
                    and b.status in ('PENDING', 'CONFIRMED')
                    and b.starts_at < new.ends_at
                    and b.ends_at > new.starts_at);
end;

-- A retried POST /bookings with the same Idempotency-Key returns the first booking.
create table idempotency_key (
    user_id      integer not null references app_user (id) on delete cascade,
    key          text    not null,
    request_hash text    not null,
    booking_id   integer references booking (id),
    created_at   integer not null,
    primary key (user_id, key)
);
