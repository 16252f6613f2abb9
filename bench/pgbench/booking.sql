-- The limits of B1 and B2: the SQL of one POST /api/v1/bookings on PostgreSQL (BookingService.book).
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
-- BookingNotifier: the booker's preferences, the active webhooks, then the inbox message, written in
-- this transaction (InboxWriter: the recipient, then the row once per delivery key)
SELECT kind, channel, enabled FROM notification_preference WHERE user_id = :u;
SELECT id FROM webhook WHERE active = true ORDER BY id;
SELECT * FROM app_user u WHERE id = :u;
INSERT INTO notification (user_id, kind, title, body, link, created_at, delivery_key)
VALUES (:u, 'booking-created', 'Booked: Room', 'Room, 4 May 2026, 09.00-09.30 (UTC)', '/bookings', :now,
        'booking-created-' || CAST(:id AS text) || '-' || CAST(:u AS text)) ON CONFLICT DO NOTHING;
-- OccupancyListeners (insight's read model, in this transaction): the ledger, then one upsert each into the
-- resource's hour and day rollups and the site-and-kind hour rollup (a half-hour slot lies in one hour)
SELECT booking_id FROM occupancy_booking WHERE booking_id IN (:id);
INSERT INTO occupancy_booking (booking_id, resource_id, site_id, kind, time_zone, starts_at, ends_at, status, checked_in_at)
SELECT :id, :r, site_id, 'ROOM', 'Europe/Berlin', :s, :e, 'CONFIRMED', NULL FROM resource WHERE id = :r;
INSERT INTO occupancy_hour (resource_id, hour_start, site_id, local_day, weekday, local_hour, booked_ms, used_ms)
SELECT :r, (CAST(:s AS bigint) / 3600000) * 3600000, site_id, CAST(:s AS bigint) / 86400000,
       1 + (CAST(:s AS bigint) / 86400000 + 3) % 7, (CAST(:s AS bigint) / 3600000) % 24, 1800000, 0 FROM resource WHERE id = :r
ON CONFLICT (resource_id, hour_start) DO UPDATE SET booked_ms = occupancy_hour.booked_ms + excluded.booked_ms,
       used_ms = occupancy_hour.used_ms + excluded.used_ms;
INSERT INTO occupancy_site_hour (site_id, kind, hour_start, local_day, weekday, local_hour, booked_ms, used_ms)
SELECT site_id, 'ROOM', (CAST(:s AS bigint) / 3600000) * 3600000, CAST(:s AS bigint) / 86400000,
       1 + (CAST(:s AS bigint) / 86400000 + 3) % 7, (CAST(:s AS bigint) / 3600000) % 24, 1800000, 0 FROM resource WHERE id = :r
ON CONFLICT (site_id, kind, hour_start) DO UPDATE SET booked_ms = occupancy_site_hour.booked_ms + excluded.booked_ms,
       used_ms = occupancy_site_hour.used_ms + excluded.used_ms;
INSERT INTO occupancy_day (resource_id, local_day, site_id, booked_ms, used_ms, pending, confirmed, cancelled, rejected, checked_in)
SELECT :r, CAST(:s AS bigint) / 86400000, site_id, 1800000, 0, 0, 1, 0, 0, 0 FROM resource WHERE id = :r
ON CONFLICT (resource_id, local_day) DO UPDATE SET booked_ms = occupancy_day.booked_ms + excluded.booked_ms,
       confirmed = occupancy_day.confirmed + excluded.confirmed;
-- Reminders: one task per reminder (defaults P1D and PT1H before the start)
INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
VALUES ('booking-reminder', CAST(:id AS text) || '-1440', '\x0001020304050607', to_timestamp((CAST(:s AS bigint) - 86400000) / 1000.0), false, 1) ON CONFLICT DO NOTHING;
INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
VALUES ('booking-reminder', CAST(:id AS text) || '-60', '\x0001020304050607', to_timestamp((CAST(:s AS bigint) - 3600000) / 1000.0), false, 1) ON CONFLICT DO NOTHING;
\else
-- BookingService.overlapConflict: the booking in the way, for the 409's body
SELECT id, starts_at, ends_at FROM booking
 WHERE resource_id = :r AND status IN ('PENDING', 'CONFIRMED') AND starts_at < :e AND ends_at > :s
 ORDER BY starts_at LIMIT 1;
\endif
END;
