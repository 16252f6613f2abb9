-- A resource's photo, stored in the database so that every node serves the same bytes.
-- content_type is what the bytes are (detected from their first bytes), never what a client claimed.
create table resource_photo (
    resource_id  bigint primary key references resource (id) on delete cascade,
    content_type text   not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    bytes        bytea  not null,
    updated_at   bigint not null
);
