-- Attendance confirmation of desk bookings (ADR 20): when the booker is asked whether they will
-- come (ask_at), by when they must answer (release_at), and what happened. Times are epoch millis.
-- One row per desk booking; each step of the sweep is a conditional update of it, so running a
-- step twice acts once.
create table attendance_confirmation (
    booking_id     integer primary key references booking (id) on delete cascade,
    ask_at         bigint  not null,
    release_at     bigint  not null,
    asked_at       bigint,
    answer         text    check (answer in ('YES', 'NO')),
    answered_at    bigint,
    answered_by    bigint,
    released_at    bigint,
    release_reason text
);
-- The sweep's two questions: who is due to be asked, and whose deadline has passed unanswered.
create index attendance_to_ask on attendance_confirmation (ask_at) where asked_at is null and answer is null;
create index attendance_to_release on attendance_confirmation (release_at)
    where answer is null and released_at is null and asked_at is not null;
