-- Counts changes of a person's credentials (a new password, set by them or an admin, and
-- deactivation). A browser session remembers the count it began with and ends when it differs:
-- a password change signs out every other browser, on every node (issue 14, finding 1).
alter table app_user add column credentials_version integer not null default 0;
