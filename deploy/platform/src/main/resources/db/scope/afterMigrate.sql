-- bastion-platform, after every migration: every table with a division column is under row-level
-- security, forced for its owner too, with the policy that keeps each row inside the scope of the
-- session (see beforeMigrate.sql). A table added later is covered by adding the column; nothing to
-- remember. Reference tables add a second, read-only policy of their own in their migration.
select pg_advisory_xact_lock(hashtext('bastion-platform-scope'));

do $$
declare
    scoped record;
begin
    for scoped in
        select c.oid, c.relname, c.relrowsecurity, c.relforcerowsecurity
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'division' and not a.attisdropped
        where n.nspname = current_schema() and c.relkind in ('r', 'p')
    loop
        -- Altering takes an exclusive lock: only when something is missing, not at every start.
        if not scoped.relrowsecurity then
            execute format('alter table %I enable row level security', scoped.relname);
        end if;
        if not scoped.relforcerowsecurity then
            execute format('alter table %I force row level security', scoped.relname);
        end if;
        if not exists (select 1 from pg_policy p where p.polrelid = scoped.oid and p.polname = 'bastion_scope') then
            execute format('create policy bastion_scope on %I using (division like any (bastion_scope()))'
                || ' with check (division like any (bastion_scope()))', scoped.relname);
        end if;
    end loop;
end
$$;

-- The retention purge (Retention) finds old bookkeeping rows by these columns, and the relay sends
-- the W3C trace context of the request that wrote an event along with it (TraceContext). Each is
-- made only when missing: CREATE INDEX and ALTER TABLE lock the table even when there is nothing to
-- do, and at every start of an instance that would stop the running ones writing, or deadlock them.
do $$
begin
    if to_regclass('outbox_published') is null then
        create index outbox_published on outbox (published_at) where published_at is not null;
    end if;
    if to_regclass('processed_event_processed') is null then
        create index processed_event_processed on processed_event (processed_at);
    end if;
    if to_regclass('idempotency_record_created') is null then
        create index idempotency_record_created on idempotency_record (created_at);
    end if;
    if not exists (select 1 from pg_attribute where attrelid = 'outbox'::regclass and attname = 'trace_parent' and not attisdropped) then
        alter table outbox add column trace_parent varchar(55);
    end if;
end
$$;
