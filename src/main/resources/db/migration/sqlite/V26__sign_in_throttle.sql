-- Failed sign-ins, shared by every node (issue 14, finding 2). A row counts the failures of one
-- email from one client (an address, or a browser it knows) or of one address for any email;
-- its key is a SHA-256, so no email or address is kept in the clear.
create table sign_in_failure (
    key_hash        text    primary key,
    failures        integer not null,
    last_failure_at integer not null
);
create index sign_in_failure_last on sign_in_failure (last_failure_at);

-- Browsers a person has signed in from: their cookie lets the person past a flood of failures
-- from their address (only past the throttle; it is not a credential).
create table known_device (
    token_hash text    primary key,
    user_id    integer not null references app_user (id) on delete cascade,
    created_at integer not null
);
create index known_device_user on known_device (user_id);
