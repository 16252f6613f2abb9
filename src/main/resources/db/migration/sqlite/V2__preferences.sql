-- Each person's language (en, ru) for the web UI and messages, and the site they usually work at.
alter table app_user add column locale text;
alter table app_user add column home_site_id integer;  -- a site id; not a foreign key, identity does not own sites
