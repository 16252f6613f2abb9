-- When the booker checked in (epoch millis); null when they did not (yet). Imports set it for history.
alter table booking add column checked_in_at bigint;
