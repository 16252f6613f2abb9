-- The occupancy read model of the insight module (ADR 9), kept by listeners inside each booking's
-- transaction. Analytics read these tables, never the booking table. No foreign keys: a read model.

-- What the model has counted for each booking, so that any later event can take that share out again.
create table occupancy_booking (
    booking_id    bigint  primary key,
    resource_id   bigint  not null,
    site_id       bigint  not null,
    kind          text    not null,
    time_zone     text    not null,
    starts_at     bigint  not null,
    ends_at       bigint  not null,
    status        text    not null,
    checked_in_at bigint
);
create index occupancy_booking_resource on occupancy_booking (resource_id);
create index occupancy_booking_site on occupancy_booking (site_id);

-- Booked (active) and used (checked-in) milliseconds per resource and local hour of the site's zone.
-- hour_start is the instant that local hour begins, so a repeated hour on a daylight-saving day is two rows.
create table occupancy_hour (
    resource_id bigint  not null,
    hour_start  bigint  not null,
    site_id     bigint  not null,
    local_day   integer not null, -- epoch day of the local date
    weekday     integer not null, -- 1 = Monday .. 7
    local_hour  integer not null, -- 0 .. 23
    booked_ms   bigint  not null,
    used_ms     bigint  not null,
    primary key (resource_id, hour_start)
);
-- Heatmaps: one site (or a list of its resources) over a range of local days.
create index occupancy_hour_site_day on occupancy_hour (site_id, local_day);

-- Per resource and local day (of the booking's start): time as above, and bookings by their current status.
create table occupancy_day (
    resource_id bigint  not null,
    local_day   integer not null,
    site_id     bigint  not null,
    booked_ms   bigint  not null,
    used_ms     bigint  not null,
    pending     integer not null,
    confirmed   integer not null,
    cancelled   integer not null,
    rejected    integer not null,
    checked_in  integer not null, -- confirmed and checked in
    primary key (resource_id, local_day)
);
create index occupancy_day_site_day on occupancy_day (site_id, local_day);

-- The same hours summed per site and resource kind: a site-wide heatmap over a year reads one row per
-- kind and hour instead of one per resource and hour.
create table occupancy_site_hour (
    site_id    bigint  not null,
    kind       text    not null,
    hour_start bigint  not null,
    local_day  integer not null,
    weekday    integer not null,
    local_hour integer not null,
    booked_ms  bigint  not null,
    used_ms    bigint  not null,
    primary key (site_id, kind, hour_start)
);
