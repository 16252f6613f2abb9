-- A floor's plan image (ADR 21): at most one per floor, the bytes in the database so that every
-- node serves the same picture. content_type, width and height are what the bytes are (PNG by its
-- header, SVG by its width / height / viewBox), never what a client claimed.
create table floor_plan (
    floor_id     integer primary key references floor (id) on delete cascade,
    content_type text    not null check (content_type in ('image/png', 'image/svg+xml')),
    bytes        blob    not null,
    width        integer not null check (width > 0),
    height       integer not null check (height > 0),
    updated_at   integer not null
);

-- Where a resource is on its floor's plan, as fractions of the plan's width and height (both or
-- neither: the repository writes them together).
alter table resource add column plan_x real check (plan_x between 0 and 1);
alter table resource add column plan_y real check (plan_y between 0 and 1);
