-- The longest booking each resource has ever had (ADR 25). A booking overlapping [from, to) starts
-- after from - longest, so every overlap check reads the index range (resource_id, starts_at) between
-- from - longest and to, whatever the resource's history: before this, a check walked every earlier
-- booking of the resource. It only grows (a cancelled or shortened booking leaves it as it was), which
-- keeps the bound safe.
create table booking_span (
    resource_id integer primary key references resource (id) on delete cascade,
    longest     integer not null check (longest > 0)
);
create index booking_span_by_longest on booking_span (longest);

insert into booking_span (resource_id, longest)
select resource_id, max(ends_at - starts_at) from booking group by resource_id;

create trigger booking_span_on_insert
after insert on booking
begin
    insert into booking_span (resource_id, longest) values (new.resource_id, new.ends_at - new.starts_at)
        on conflict (resource_id) do update set longest = excluded.longest where excluded.longest > longest;
end;

create trigger booking_span_on_update
after update of resource_id, starts_at, ends_at on booking
begin
    insert into booking_span (resource_id, longest) values (new.resource_id, new.ends_at - new.starts_at)
        on conflict (resource_id) do update set longest = excluded.longest where excluded.longest > longest;
end;

-- The overlap guard, bounded from both sides. Without a span row the lower bound falls back to 0, so
-- the check stays exact even if the row were missing.
drop trigger booking_no_overlap_on_insert;
create trigger booking_no_overlap_on_insert
before insert on booking
when new.status in ('PENDING', 'CONFIRMED')
begin
    select raise(abort, 'booking_no_overlap')
    where exists (select 1
                  from booking b
                  where b.resource_id = new.resource_id
                    and b.status in ('PENDING', 'CONFIRMED')
                    and b.starts_at > new.starts_at - coalesce((select s.longest from booking_span s
                                                                where s.resource_id = new.resource_id),
                                                               new.starts_at)
                    and b.starts_at < new.ends_at
                    and b.ends_at > new.starts_at);
end;

drop trigger booking_no_overlap_on_update;
create trigger booking_no_overlap_on_update
before update of resource_id, starts_at, ends_at, status on booking
when new.status in ('PENDING', 'CONFIRMED')
begin
    select raise(abort, 'booking_no_overlap')
    where exists (select 1
                  from booking b
                  where b.resource_id = new.resource_id
                    and b.id <> new.id
                    and b.status in ('PENDING', 'CONFIRMED')
                    and b.starts_at > new.starts_at - coalesce((select s.longest from booking_span s
                                                                where s.resource_id = new.resource_id),
                                                               new.starts_at)
                    and b.starts_at < new.ends_at
                    and b.ends_at > new.starts_at);
end;
