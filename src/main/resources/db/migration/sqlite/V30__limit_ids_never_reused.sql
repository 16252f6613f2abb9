-- A fair-use limit's id is named in the audit log: SQLite must not give a removed limit's id to the
-- next one (a rowid table without AUTOINCREMENT does), so booking_limit is made again with it.
create table booking_limit_new (
    id         integer primary key autoincrement,
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
insert into booking_limit_new select id, role, site_id, kind, measure, amount, peak_days, peak_start, peak_end,
                                     created_at, updated_at from booking_limit;
drop table booking_limit;
alter table booking_limit_new rename to booking_limit;
