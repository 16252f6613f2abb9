-- Booking events for the consumers that follow them after the booking's transaction (ADR 26): the
-- occupancy read model, the news to people and the webhooks. The booking's transaction writes the event
-- once and a pending row per consumer; a consumer applies a batch and deletes its pending rows in one
-- transaction, so an event is never lost and never applied twice.
create table booking_outbox (
    id          integer primary key,
    type        text    not null,         -- the event's record, e.g. BookingCreated
    body        text    not null,         -- the event as JSON
    created_at  integer not null
);

create table booking_outbox_pending (
    consumer    text    not null,
    event_id    integer not null references booking_outbox (id) on delete cascade,
    attempts    integer not null default 0,
    failed_at   integer,                  -- given up after repeated failures; kept for a look
    primary key (consumer, event_id)
);
create index booking_outbox_pending_by_event on booking_outbox_pending (event_id);
