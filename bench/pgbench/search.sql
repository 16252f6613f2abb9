-- B3's bare SQL: the availability search GET /api/v1/resources?minCapacity=8&amenity=projector&freeFrom&freeTo
-- as ResourceRepository.count/search build it on PostgreSQL (SqlFreeTimeFilter), for a random one-hour window.
\set f :base + random(0, :slots - 2) * 1800000
\set t :f + 3600000
SELECT count(*) FROM resource r
 WHERE r.active = true AND r.capacity >= 8
   AND (SELECT count(*) FROM resource_amenity a WHERE a.resource_id = r.id AND a.amenity IN ('projector')) = 1
   AND r.id NOT IN (SELECT b.resource_id FROM booking b
                     WHERE b.during && int8range(:f, :t) AND b.status IN ('PENDING', 'CONFIRMED'));
SELECT r.id, r.kind, r.name, r.capacity, r.description, r.photo_url, r.active, r.requires_approval,
       r.site_id, s.name AS site_name, s.time_zone, r.floor_id, f.name AS floor_name, r.created_at, r.updated_at
  FROM resource r JOIN site s ON s.id = r.site_id LEFT JOIN floor f ON f.id = r.floor_id
 WHERE r.active = true AND r.capacity >= 8
   AND (SELECT count(*) FROM resource_amenity a WHERE a.resource_id = r.id AND a.amenity IN ('projector')) = 1
   AND r.id NOT IN (SELECT b.resource_id FROM booking b
                     WHERE b.during && int8range(:f, :t) AND b.status IN ('PENDING', 'CONFIRMED'))
 ORDER BY s.name, r.name, r.id LIMIT 20 OFFSET 0;
