-- B6's limit: one turn of the line at a nearly full site, as pgbench client :client_id's pair of people
-- plays it with its desk (table b6_pair): the one without the desk joins the line, the holder cancels
-- their desk day and the freed desk is offered to the one waiting, who accepts it. The three
-- transactions are those of POST /api/v1/presence, POST /api/v1/bookings/{id}/cancel and
-- POST /api/v1/presence/{id}/accept (DesksFacade, DeskLine, BookingDeskDays), their writes, locks and
-- the reads inside them, as PostgreSQL logged them (bench/README.md, B6); the reads before each
-- transaction, and what the outbox's consumers do after it, are left out. One script run is one turn.
-- Variables: site, day (YYYY-MM-DD), dstart, dend (the day's bounds in epoch ms), now.
SELECT a, w, desk FROM b6_pair WHERE client = :client_id \gset
SELECT id AS bk, user_id AS holder FROM booking WHERE resource_id = :desk AND day = :day AND status = 'CONFIRMED' \gset
\set waiter :a + :w - :holder

-- 1. The one without a desk: "I'll be in", waiting for a desk (DesksFacade.join)
BEGIN;
SELECT pg_advisory_xact_lock(56924, CAST(:site AS integer));
SELECT resource_id, day, user_id, booking_id, presence_id FROM desk_claim WHERE user_id = :waiter AND day = :day;
SELECT id FROM presence WHERE user_id = :waiter AND day = :day AND guest_name IS NULL AND status IN ('WAITING', 'OFFERED', 'PRESENT');
INSERT INTO presence (site_id, day, user_id, guest_name, guest_email, status, created_at, updated_at)
VALUES (:site, :day, :waiter, NULL, NULL, 'WAITING', :now, :now) RETURNING id AS pid \gset
SELECT count(*) FROM presence WHERE site_id = :site AND day = :day AND status IN ('WAITING', 'OFFERED') AND id < :pid;
INSERT INTO audit_event (occurred_at, actor_id, action, target_type, target_id, details)
VALUES (:now, :waiter, 'presence.joined', 'presence', CAST(:pid AS text), json_build_object('before', NULL, 'after', json_build_object('status', 'WAITING', 'siteId', CAST(:site AS bigint), 'day', CAST(:day AS text)))::text);
END;

-- 2. The holder cancels; the freed desk goes to the line (CancellingBookings, DeskLine.offerFreed)
BEGIN;
UPDATE booking SET status = 'CANCELLED', cancelled_by = :holder, reason = NULL, updated_at = :now WHERE id = :bk AND status IN ('CONFIRMED', 'PENDING');
INSERT INTO audit_event (occurred_at, actor_id, action, target_type, target_id, details)
VALUES (:now, :holder, 'booking.cancelled', 'booking', CAST(:bk AS text), json_build_object('before', NULL, 'after', json_build_object('status', 'CANCELLED'))::text);
DELETE FROM attendance_confirmation WHERE booking_id = :bk AND released_at IS NULL;
INSERT INTO booking_outbox (type, body, created_at)
VALUES ('BookingCancelled', json_build_object('booking', json_build_object('id', CAST(:bk AS bigint), 'resourceId', CAST(:desk AS bigint), 'status', 'CANCELLED', 'day', CAST(:day AS text)),
        'actor', CAST(:holder AS bigint), 'occurredAt', CAST(:now AS bigint))::text, CAST(:now AS bigint)) RETURNING id AS cancelled \gset
INSERT INTO booking_outbox_pending (consumer, event_id) VALUES ('news', :cancelled), ('webhooks', :cancelled), ('occupancy', :cancelled);
SELECT pg_advisory_xact_lock(56924, CAST(:site AS integer));
SELECT guests_per_host, auto_assign FROM desk_policy WHERE site_id = :site;
SELECT id FROM presence WHERE site_id = :site AND day = :day AND status = 'WAITING' ORDER BY id LIMIT 1;
SELECT r.id FROM resource r
 WHERE r.site_id = :site AND r.kind = 'DESK' AND r.active = true
   AND NOT EXISTS (SELECT 1 FROM desk_claim c WHERE c.resource_id = r.id AND c.day = :day)
   AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.resource_id = r.id AND b.status IN ('PENDING', 'CONFIRMED')
                     AND b.starts_at < :dend AND b.ends_at > :dstart
                     AND b.starts_at > :dstart - coalesce((SELECT max(s.longest) FROM booking_span s WHERE s.resource_id = r.id), :dstart))
   AND NOT EXISTS (SELECT 1 FROM fixed_desk f WHERE f.resource_id = r.id
                     AND NOT EXISTS (SELECT 1 FROM fixed_desk_release x WHERE x.resource_id = f.resource_id AND x.day = :day))
 ORDER BY r.name, r.id;
SELECT pg_advisory_xact_lock(45068, CAST(:desk AS integer));
SELECT resource_id, day, user_id, booking_id, presence_id FROM desk_claim WHERE user_id = :waiter AND day = :day;
INSERT INTO desk_claim (resource_id, day, presence_id) VALUES (:desk, :day, :pid);
UPDATE presence SET status = 'OFFERED', offered_resource_id = :desk, offer_expires_at = CAST(:now AS bigint) + 7200000, updated_at = :now WHERE id = :pid AND status = 'WAITING';
SELECT count(*) FROM presence WHERE site_id = :site AND day = :day AND status IN ('WAITING', 'OFFERED') AND id < :pid;
INSERT INTO audit_event (occurred_at, actor_id, action, target_type, target_id, details)
VALUES (:now, NULL, 'desk.offered', 'presence', CAST(:pid AS text), json_build_object('before', NULL, 'after', json_build_object('status', 'OFFERED', 'desk', CAST(:desk AS bigint)))::text);
SELECT kind, channel, enabled FROM notification_preference WHERE user_id = :waiter;
INSERT INTO notification (user_id, kind, title, body, link, actions, created_at, delivery_key)
VALUES (:waiter, 'desk-offered', 'A desk for you', 'The desk is free that day and held for you. Accept or decline before it lapses.', '/desks/offers/' || CAST(:pid AS text),
        '[]', :now, 'desk-offered-presence-' || CAST(:pid AS text) || '-' || CAST(:waiter AS text)) ON CONFLICT DO NOTHING;
END;

-- 3. The one waiting accepts the desk offered (DesksFacade.accept)
BEGIN;
SELECT pg_advisory_xact_lock(56924, CAST(:site AS integer));
SELECT id, status, offered_resource_id, offer_expires_at FROM presence WHERE id = :pid;
SELECT pg_advisory_xact_lock(45068, CAST(:desk AS integer));
UPDATE presence SET status = 'BOOKED', updated_at = :now WHERE id = :pid AND status = 'OFFERED' AND offer_expires_at > :now;
DELETE FROM desk_claim WHERE presence_id = :pid;
SELECT resource_id, day, user_id, booking_id, presence_id FROM desk_claim WHERE resource_id = :desk AND day = :day;
SELECT count(*) FROM booking WHERE resource_id = :desk AND status IN ('PENDING', 'CONFIRMED') AND starts_at < :dend AND ends_at > :dstart
   AND starts_at > :dstart - coalesce((SELECT max(s.longest) FROM booking_span s WHERE s.resource_id = :desk), :dstart);
SELECT resource_id, day, user_id, booking_id, presence_id FROM desk_claim WHERE user_id = :waiter AND day = :day;
INSERT INTO booking (resource_id, user_id, title, note, attendees, starts_at, ends_at, status, created_at, updated_at, day, guest_name, guest_email)
VALUES (:desk, :waiter, 'Desk', NULL, 1, :dstart, :dend, 'CONFIRMED', :now, :now, :day, NULL, NULL) RETURNING id AS nbk \gset
INSERT INTO audit_event (occurred_at, actor_id, action, target_type, target_id, details)
VALUES (:now, :waiter, 'booking.created', 'booking', CAST(:nbk AS text), json_build_object('before', NULL, 'after', json_build_object('status', 'CONFIRMED'))::text);
INSERT INTO attendance_confirmation (booking_id, ask_at, release_at, answer, answered_at, answered_by)
VALUES (:nbk, CAST(:dstart AS bigint) - 28800000, CAST(:dstart AS bigint) + 36000000, NULL, NULL, NULL)
ON CONFLICT (booking_id) DO UPDATE SET ask_at = excluded.ask_at, release_at = excluded.release_at, asked_at = NULL, answer = excluded.answer,
   answered_at = excluded.answered_at, answered_by = excluded.answered_by WHERE attendance_confirmation.released_at IS NULL;
UPDATE presence SET booking_id = :nbk, offered_resource_id = :desk WHERE id = :pid;
INSERT INTO audit_event (occurred_at, actor_id, action, target_type, target_id, details)
VALUES (:now, :waiter, 'desk.offer-accepted', 'presence', CAST(:pid AS text), json_build_object('before', NULL, 'after', json_build_object('status', 'BOOKED'))::text);
INSERT INTO booking_outbox (type, body, created_at)
VALUES ('BookingCreated', json_build_object('booking', json_build_object('id', CAST(:nbk AS bigint), 'resourceId', CAST(:desk AS bigint), 'status', 'CONFIRMED', 'day', CAST(:day AS text)),
        'actor', CAST(:waiter AS bigint), 'occurredAt', CAST(:now AS bigint))::text, CAST(:now AS bigint)) RETURNING id AS created \gset
INSERT INTO booking_outbox_pending (consumer, event_id) VALUES ('news', :created), ('webhooks', :created), ('occupancy', :created);
END;
