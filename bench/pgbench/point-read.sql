-- B4's limit: a point read by primary key, the resource row as ResourceRepository reads it.
\set r :rmin + random(0, :nres - 1)
SELECT r.id, r.kind, r.name, r.capacity, r.description, r.photo_url, r.active, r.requires_approval,
       r.site_id, s.name AS site_name, s.time_zone, r.floor_id, f.name AS floor_name, r.created_at, r.updated_at
  FROM resource r JOIN site s ON s.id = r.site_id LEFT JOIN floor f ON f.id = r.floor_id
 WHERE r.id = :r;
