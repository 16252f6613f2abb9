-- Notifications became generic requests (ADR 15): their tasks got new names and new data classes
-- (notify-email, notify-messenger, notify-due), and the webhook task's data class moved package.
-- db-scheduler cannot read the old rows' data, so it would log them for two weeks and then drop
-- them; they go now instead. Allot had no release with the old tasks, so nothing of users' is lost
-- but a pending email or reminder on a developer's database; webhook deliveries that were still
-- waiting are marked failed, so their log says what happened.
delete from scheduled_tasks
where task_name in ('deliver-email', 'deliver-notification', 'deliver-messenger', 'booking-reminder', 'deliver-webhook');

update webhook_delivery
set status = 'FAILED', last_error = 'dropped on upgrade: the delivery task changed format'
where status = 'PENDING';
