-- A notification's actions (buttons such as Accept / Decline), worded for its recipient: a JSON array of
-- {"label", "target"}; null when it has none.
alter table notification add column actions text;
