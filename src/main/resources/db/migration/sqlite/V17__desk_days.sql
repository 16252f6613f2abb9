-- Hot desks (issue 11, ADR 19). A booking of a desk records its local day in the site's zone
-- (YYYY-MM-DD) and, when it is a guest's, the guest; the booking keeps its times, so the overlap
-- guard, reports, occupancy and calendar feeds go on as before. Imports leave the day empty.
alter table booking add column day text;
alter table booking add column guest_name text;
alter table booking add column guest_email text;

-- "I'll be in that day", for oneself or a guest (user_id is then the host). While WAITING or
-- OFFERED it is a place in the site-day's line, first come first served by id.
create table presence (
    id                  integer primary key,
    site_id             integer not null references site (id) on delete cascade,
    day                 text    not null,
    user_id             integer not null references app_user (id),
    guest_name          text,
    guest_email         text,
    status              text    not null
        check (status in ('WAITING', 'OFFERED', 'BOOKED', 'PRESENT', 'CANCELLED', 'EXPIRED')),
    offered_resource_id integer references resource (id) on delete set null,
    offer_expires_at    integer,
    booking_id          integer references booking (id),
    created_at          integer not null,
    updated_at          integer not null
);
create index presence_by_site_day on presence (site_id, day, status, id);
create index presence_by_user on presence (user_id, day);
-- One presence of one's own per day while it stands.
create unique index presence_one_per_person_day on presence (user_id, day)
    where guest_name is null and status in ('WAITING', 'OFFERED', 'PRESENT');

-- Every desk-day invariant is held here: one holder per desk and day (a booking or the hold of an
-- offer), and one desk per person and day (user_id is null for guests and holds; nulls are distinct).
create table desk_claim (
    resource_id integer not null references resource (id) on delete cascade,
    day         text    not null,
    user_id     integer references app_user (id),
    booking_id  integer references booking (id) on delete cascade,
    presence_id integer references presence (id) on delete cascade,
    primary key (resource_id, day),
    check ((booking_id is null) <> (presence_id is null))
);
create unique index desk_claim_person_day on desk_claim (user_id, day);
create index desk_claim_by_booking on desk_claim (booking_id);
create index desk_claim_by_presence on desk_claim (presence_id);

-- An active booking with a day claims it; leaving the active statuses, or moving, frees it.
create trigger desk_claim_on_booking_insert
after insert on booking
when new.day is not null and new.status in ('PENDING', 'CONFIRMED')
begin
    insert into desk_claim (resource_id, day, user_id, booking_id)
    values (new.resource_id, new.day, case when new.guest_name is null then new.user_id end, new.id);
end;

create trigger desk_claim_on_booking_update
after update of resource_id, day, status on booking
begin
    delete from desk_claim where booking_id = old.id;
    insert into desk_claim (resource_id, day, user_id, booking_id)
    select new.resource_id, new.day, case when new.guest_name is null then new.user_id end, new.id
     where new.day is not null and new.status in ('PENDING', 'CONFIRMED');
end;

-- A desk that is one person's own; others may book it only on the days its owner released.
create table fixed_desk (
    resource_id integer primary key references resource (id) on delete cascade,
    user_id     integer not null unique references app_user (id),
    created_at  integer not null
);
create table fixed_desk_release (
    resource_id integer not null references fixed_desk (resource_id) on delete cascade,
    day         text    not null,
    created_at  integer not null,
    primary key (resource_id, day)
);

-- Per site: guests one host may bring a day, and whether a freed desk goes to the first in line at once.
create table desk_policy (
    site_id         integer primary key references site (id) on delete cascade,
    guests_per_host integer not null check (guests_per_host >= 0),
    auto_assign     integer not null,
    updated_at      integer not null
);
