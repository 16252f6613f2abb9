-- Outgoing webhooks: addresses an admin registers, and one row per delivery of one event to one of them.
-- autoincrement: ids are never reused, since a delivery task names its delivery by id.
create table webhook (
    id          integer primary key autoincrement,
    url         text    not null,
    secret      text    not null,            -- signs each body (HMAC-SHA256); kept because every delivery needs it
    active      integer not null default 1,
    created_at  integer not null,
    description text
);
create index webhook_active on webhook (active);

create table webhook_delivery (
    id               integer primary key autoincrement,
    webhook_id       integer not null references webhook (id) on delete cascade,
    event_type       text    not null,            -- booking.created, booking.approved, ...
    payload          text    not null,            -- the exact body that is posted and signed
    status           text    not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer not null default 0,
    last_status_code integer,
    last_error       text,
    created_at       integer not null,
    delivered_at     integer
);
-- a webhook's log, newest first
create index webhook_delivery_by_webhook on webhook_delivery (webhook_id, id);
