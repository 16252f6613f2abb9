-- The longest booking each resource has ever had (ADR 25). A booking overlapping [from, to) starts
-- after from - longest, so the overlap reads (the 409's "which booking is in the way", desk days, a
-- resource's or a person's bookings in a period) read the index range between from - longest and to,
-- whatever the history. The guarantee itself stays the exclusion constraint. It only grows, which keeps
-- the bound safe.
create table booking_span (
    resource_id bigint primary key references resource (id) on delete cascade,
    longest     bigint not null check (longest > 0)
);
create index booking_span_by_longest on booking_span (longest);

insert into booking_span (resource_id, longest)
select resource_id, max(ends_at - starts_at) from booking group by resource_id;

-- Reads first, so that a booking no longer than the longest (nearly all) takes no row lock: racing
-- bookings of one room do not queue on its span row.
create function booking_span_follow_booking() returns trigger
language plpgsql as $$
begin
    if not exists (select 1 from booking_span
                    where resource_id = new.resource_id and longest >= new.ends_at - new.starts_at) then
        insert into booking_span (resource_id, longest) values (new.resource_id, new.ends_at - new.starts_at)
            on conflict (resource_id) do update set longest = greatest(booking_span.longest, excluded.longest);
    end if;
    return null;
end
$$;

create trigger booking_span_on_insert
after insert on booking
for each row
execute function booking_span_follow_booking();

create trigger booking_span_on_update
after update of resource_id, starts_at, ends_at on booking
for each row
execute function booking_span_follow_booking();
