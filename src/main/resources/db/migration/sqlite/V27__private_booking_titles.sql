-- A booking whose title only its booker and admins read; colleagues see "Busy" (issue 14, finding 8).
-- Notes and cancellation reasons are only the booker's and admins' whatever this says.
alter table booking add column private_title integer not null default 0 check (private_title in (0, 1));
