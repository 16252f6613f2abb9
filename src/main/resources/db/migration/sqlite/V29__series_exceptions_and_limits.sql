-- Recurring bookings (issue 18): the day of its series an occurrence stands for. A moved occurrence
-- keeps it, so the calendar feed names it by RECURRENCE-ID as an exception of its series. Null for
-- bookings outside a series (and read as the start's own day for occurrences made before V29).
alter table booking add column occurrence_day text;

-- Fair-use limits (issue 18): at most the amount of the measure for the people of the role (MEMBER, or
-- ADMIN when admins are held to it too), at a site and for a kind of resource when given (any when
-- null). Measures: ACTIVE_BOOKINGS (bookings ahead), HOURS_PER_WEEK, DAYS_PER_WEEK (days with a
-- booking), PEAK_MINUTES_PER_WEEK (minutes inside the peak window: its weekdays, from peak_start to
-- peak_end in the site's zone). Weeks run Monday to Sunday in the site's calendar.
create table booking_limit (
    id         integer primary key,
    role       text    not null,
    site_id    integer    references site (id) on delete cascade,
    kind       text,
    measure    text    not null,
    amount     integer not null,
    peak_days  text,   -- e.g. MONDAY,TUESDAY
    peak_start text,   -- HH:MM
    peak_end   text,
    created_at integer    not null,
    updated_at integer    not null
);
