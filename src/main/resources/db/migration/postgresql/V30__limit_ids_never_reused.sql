-- SQLite's V30 makes booking_limit's ids never reused (the audit log names them); an identity column
-- never reuses one, so PostgreSQL only records why.
comment on column booking_limit.id is 'named in the audit log; never reused';
