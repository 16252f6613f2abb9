-- B8's limit events: :events events of :seats seats (invite only, on distinct days from tomorrow), each
-- inviting everyone in b8_people, in Allot's database once its own race is over.
insert into gathering (code, host_id, title, starts_at, ends_at, time_zone, local_day, place, privacy, free, seats,
                       taken, state, created_at, updated_at)
select 'lim' || lpad(n::text, 5, '0'), :host, 'B8 limit ' || n,
       :now + n * 86400000, :now + n * 86400000 + 7200000, 'UTC',
       to_char(to_timestamp((:now + n * 86400000) / 1000) at time zone 'UTC', 'YYYY-MM-DD'), 'Hall', 'INVITE_ONLY',
       true, :seats, 0, 'OPEN', :now, :now
  from generate_series(1, :events) n;
insert into gathering_participant (gathering_id, person_id, role, state, starts_at, ends_at, holds, invited_by,
                                   created_at, updated_at)
select g.id, p.person_id, 'GUEST', 'INVITED', g.starts_at, g.ends_at, false, :host, :now, :now
  from gathering g cross join b8_people p
 where g.code like 'lim%';
vacuum analyze gathering;
vacuum analyze gathering_participant;
select 'emin=' || min(id) from gathering where code like 'lim%';
select 'emax=' || max(id) from gathering where code like 'lim%';
