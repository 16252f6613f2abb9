-- The limits of B1 and B2: the SQL of one POST /api/v1/bookings on PostgreSQL (BookingResources.book), the
-- lean transaction of ADR 26: the guarded insert, the audit row and the stored event.
-- Variables (pgbench -D): rmin, nres (resources rmin..rmin+nres-1), base (epoch ms of the first
-- half-hour slot), slots, umin, nusers, now (epoch ms). bench/run gives all resources and slots for
-- B1 (spread) and a few resources and slots for B2 (hot: most attempts find the slot taken and are
-- refused; a refusal counts as a completed transaction, as the product's 409 counts as an answer).
\set r :rmin + random(0, :nres - 1)
\set s :base + random(0, :slots - 1) * 1800000
\set e :s + 1800000
\set u :umin + random(0, :nusers - 1)
BEGIN;
-- BookingRepository.lockResource: queue the writers of one resource
SELECT pg_advisory_xact_lock(45068, CAST(:r AS integer));
-- BookingRepository.insert. The exclusion constraint booking_no_overlap decides; ON CONFLICT DO
-- NOTHING turns its refusal (the product's 409) into "no row" instead of an error, because pgbench
-- would otherwise abort the client on the first 23P01.
WITH ins AS (
    INSERT INTO booking (resource_id, user_id, title, note, attendees, starts_at, ends_at, status, created_at, updated_at)
    VALUES (:r, :u, 'pgbench', NULL, 1, :s, :e, 'CONFIRMED', :now, :now)
    ON CONFLICT DO NOTHING
    RETURNING id)
SELECT coalesce((SELECT id FROM ins), 0) AS id \gset
\if :id > 0
-- (BookingRepository.insert answers the stored row with RETURNING: no read-back by id)
-- AuditListeners: one audit_event row (JSON built without a colon, which pgbench would read as a variable)
INSERT INTO audit_event (occurred_at, actor_id, action, target_type, target_id, details)
VALUES (:now, :u, 'booking.created', 'booking', CAST(:id AS text), json_build_object('before', NULL, 'after', json_build_object('status', 'CONFIRMED'))::text);
-- BookingOutbox (ADR 26): the event once, as JSON, and a pending row for each consumer that follows it
-- after the commit (the news, the webhooks, the occupancy read model); they are not part of this
-- transaction any more
INSERT INTO booking_outbox (type, body, created_at)
VALUES ('BookingCreated', json_build_object('booking', json_build_object('id', CAST(:id AS bigint), 'resourceId', CAST(:r AS bigint), 'resourceName', 'Room 00001',
        'resourceKind', 'ROOM', 'siteId', 1, 'timeZone', 'Europe/Berlin', 'bookedBy', CAST(:u AS bigint), 'title', 'pgbench', 'note', NULL,
        'attendees', 1, 'startsAt', CAST(:s AS bigint), 'endsAt', CAST(:e AS bigint), 'status', 'CONFIRMED', 'createdAt', CAST(:now AS bigint), 'updatedAt', CAST(:now AS bigint),
        'decidedBy', NULL, 'cancelledBy', NULL, 'reason', NULL, 'checkedInAt', NULL, 'day', NULL, 'guest', NULL),
        'actor', CAST(:u AS bigint), 'occurredAt', CAST(:now AS bigint))::text, CAST(:now AS bigint))
RETURNING id AS event \gset
INSERT INTO booking_outbox_pending (consumer, event_id) VALUES ('news', :event), ('webhooks', :event), ('occupancy', :event);
\else
-- BookingService.overlapConflict: the booking in the way, for the 409's body
SELECT id, starts_at, ends_at FROM booking
 WHERE resource_id = :r AND status IN ('PENDING', 'CONFIRMED') AND starts_at < :e AND ends_at > :s
 ORDER BY starts_at LIMIT 1;
\endif
END;
