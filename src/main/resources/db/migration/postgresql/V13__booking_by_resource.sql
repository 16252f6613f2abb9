-- A room's report lists all of its bookings (cancelled ones too) in order of start, a chunk at a
-- time after (starts_at, id): the partial index of active bookings cannot serve it.
create index booking_by_resource on booking (resource_id, starts_at, id);
