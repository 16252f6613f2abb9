-- The floor under B1's limit: the bare insert under the exclusion constraint, in a transaction of its
-- own, nothing else (issue 17 asks how much of it the product's transaction keeps: booking.sql / this).
\set r :rmin + random(0, :nres - 1)
\set s :base + random(0, :slots - 1) * 1800000
\set e :s + 1800000
\set u :umin + random(0, :nusers - 1)
INSERT INTO booking (resource_id, user_id, title, note, attendees, starts_at, ends_at, status, created_at, updated_at)
VALUES (:r, :u, 'pgbench-bare', NULL, 1, :s, :e, 'CONFIRMED', :now, :now)
ON CONFLICT DO NOTHING;
