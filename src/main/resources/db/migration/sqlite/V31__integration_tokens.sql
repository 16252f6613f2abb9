-- Long-lived API tokens for integrations (issue 15): an admin names one and issues it for a person;
-- a sign-in token has no name. A password change signs out the person's sign-in tokens, not these.
alter table api_token add column name text;
alter table api_token add column created_by integer references app_user (id) on delete set null;
