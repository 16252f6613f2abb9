-- At most one demo office per installation: a run claims the single row before it creates
-- anything, so two clicks (or two nodes started with --demo) cannot both fill the database.
create table demo_office (
    id          integer primary key check (id = 1),
    seed        bigint  not null,
    started_at  bigint  not null,  -- epoch millis
    finished_at bigint             -- null while running, or when the run failed half-way
);
