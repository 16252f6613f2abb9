-- Recurring bookings (issue 18): a series is a rule and its first occurrence in the site's calendar;
-- each occurrence is an ordinary booking row that names its series, so every guard, read model and
-- report that counts bookings counts occurrences.
create table booking_series (
    id          bigint generated always as identity primary key,
    resource_id bigint  not null references resource (id),
    user_id     bigint  not null references app_user (id),
    rule        text    not null,  -- RFC 5545 RRULE, e.g. FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=10
    first_day   text    not null,  -- ISO local date of the first occurrence
    start_time  text    not null,  -- HH:MM in the site's zone, kept across daylight saving
    end_time    text    not null,
    created_at  bigint  not null
);

alter table booking add column series_id bigint  references booking_series (id);
create index booking_by_series on booking (series_id) where series_id is not null;
