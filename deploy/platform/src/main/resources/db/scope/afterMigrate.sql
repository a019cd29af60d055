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

-- The retention purge (Retention) finds old bookkeeping rows by these columns.
create index if not exists outbox_published on outbox (published_at) where published_at is not null;
create index if not exists processed_event_processed on processed_event (processed_at);
create index if not exists idempotency_record_created on idempotency_record (created_at);

-- The W3C trace context of the request that wrote an event, which the relay sends along (TraceContext).
alter table outbox add column if not exists trace_parent varchar(55);
