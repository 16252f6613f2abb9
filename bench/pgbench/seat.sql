-- B8's limit: the transaction of POST /api/v1/events/{id}/participation/accept (GatheringsService.seat), on
-- events whose invitees race for the seats. The invitation moves to ACCEPTED (the exclusion constraint
-- gathering_no_overlap checks the person's other evenings), then one seat is taken by the conditional
-- update; with none left the transaction rolls back, as Allot's 409 no-seats does.
\set e random(:emin, :emax)
\set p random(:pmin, :pmax)
begin;
with m as (
    update gathering_participant
       set state = 'ACCEPTED', holds = true, invited_by = coalesce(null, invited_by), updated_at = :now
     where gathering_id = :e and person_id = :p and role = 'GUEST' and state in ('INVITED')
    returning 1)
select count(*) as moved from m \gset
\if :moved
with s as (
    update gathering set taken = taken + 1, updated_at = :now
     where id = :e and taken < seats and state <> 'CANCELLED' and starts_at > :now
    returning 1)
select count(*) as took from s \gset
\if :took
commit;
\else
rollback;
\endif
\else
rollback;
\endif
