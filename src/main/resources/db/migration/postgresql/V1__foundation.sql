-- Times are UTC instants stored as epoch milliseconds; the same numbers in SQLite.
create extension if not exists btree_gist;

create table app_user (
    id            bigint generated always as identity primary key,
    email         text    not null unique,  -- stored lower-cased
    display_name  text    not null,
    password_hash text    not null,
    role          text    not null check (role in ('VIEWER', 'MEMBER', 'ADMIN')),
    active        boolean not null default true,
    created_at    bigint  not null
);

create table api_token (
    id         bigint generated always as identity primary key,
    user_id    bigint not null references app_user (id) on delete cascade,
    token_hash text   not null unique,  -- SHA-256 of the token; the token itself is never stored
    created_at bigint not null,
    expires_at bigint not null
);
create index api_token_by_user on api_token (user_id);

create table site (
    id         bigint generated always as identity primary key,
    name       text   not null,
    address    text,
    time_zone  text   not null,
    created_at bigint not null
);

-- A site without rows here is open around the clock.
create table site_opening_hours (
    site_id     bigint  not null references site (id) on delete cascade,
    day_of_week integer not null check (day_of_week between 1 and 7),
    opens_at    text    not null,  -- local time of the site, HH:MM
    closes_at   text    not null,
    primary key (site_id, day_of_week)
);

create table floor (
    id      bigint generated always as identity primary key,
    site_id bigint  not null references site (id) on delete cascade,
    name    text    not null,
    level   integer not null default 0,
    unique (site_id, name)
);

create table resource (
    id                bigint generated always as identity primary key,
    site_id           bigint  not null references site (id),
    floor_id          bigint references floor (id),
    kind              text    not null check (kind in ('ROOM', 'DESK', 'EQUIPMENT')),
    name              text    not null,
    capacity          integer not null check (capacity > 0),
    description       text,
    photo_url         text,
    active            boolean not null default true,
    requires_approval boolean not null default false,
    created_at        bigint  not null,
    updated_at        bigint  not null
);
create index resource_by_site_kind on resource (site_id, kind, capacity);
create index resource_by_floor on resource (floor_id);

create table resource_amenity (
    resource_id bigint not null references resource (id) on delete cascade,
    amenity     text   not null,
    primary key (resource_id, amenity)
);
create index resource_amenity_by_amenity on resource_amenity (amenity, resource_id);

create table booking (
    id            bigint generated always as identity primary key,
    resource_id   bigint  not null references resource (id),
    user_id       bigint  not null references app_user (id),
    title         text    not null,
    note          text,
    attendees     integer not null check (attendees > 0),
    starts_at     bigint  not null,
    ends_at       bigint  not null,
    during        int8range generated always as (int8range(starts_at, ends_at, '[)')) stored,
    status        text    not null check (status in ('PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED')),
    created_at    bigint  not null,
    updated_at    bigint  not null,
    decided_by    bigint references app_user (id),
    cancelled_by  bigint references app_user (id),
    reason        text,
    check (starts_at < ends_at),
    -- No double booking: two active bookings of one resource never overlap. The range column comes
    -- first so that the same GiST index answers availability searches over many resources.
    constraint booking_no_overlap exclude using gist (during with &&, resource_id with =)
        where (status in ('PENDING', 'CONFIRMED'))
);
create index booking_active_by_resource on booking (resource_id, starts_at, ends_at)
    where status in ('PENDING', 'CONFIRMED');
create index booking_by_user on booking (user_id, starts_at);
create index booking_by_time on booking (starts_at);

-- A retried POST /bookings with the same Idempotency-Key returns the first booking.
create table idempotency_key (
    user_id      bigint not null references app_user (id) on delete cascade,
    key          text   not null,
    request_hash text   not null,
    booking_id   bigint references booking (id),
    created_at   bigint not null,
    primary key (user_id, key)
);
