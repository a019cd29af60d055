-- bastion-platform, before every migration: the functions the scope policies and the division
-- triggers of every service use. Versioned migrations may rely on them; they are replaced, never
-- dropped, so a running instance keeps working while another migrates.
select pg_advisory_xact_lock(hashtext('bastion-platform-scope'));

-- The LIKE patterns of the session's scope (bastion.scope, set by ScopedConnections on every
-- checkout): '%' for the service itself, the caller's prefixes for a request, none when unset.
create or replace function bastion_scope() returns text[]
    language sql stable parallel safe
    as $$ select string_to_array(current_setting('bastion.scope', true), ',') $$;

-- The caller's own division (bastion.home): reference data of the divisions above it are readable.
create or replace function bastion_home() returns text
    language sql stable parallel safe
    as $$ select current_setting('bastion.home', true) $$;

-- A row of a child table takes the division of its parent: TG_ARGV = parent table, parent key
-- column, this table's column that references it. The parent is read under the caller's scope, so a
-- child of a row the caller cannot see is refused as out of scope, never written.
create or replace function bastion_inherit_division() returns trigger
    language plpgsql
    as $$
begin
    execute format('select p.division from %I p where p.%I = $1.%I', tg_argv[0], tg_argv[1], tg_argv[2])
        into new.division using new;
    if new.division is null then
        raise exception 'row of % refers to a % outside the scope', tg_table_name, tg_argv[0]
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

-- For a migration: gives a child table the division column its parent has, fills it for the rows
-- there are, and keeps it filled from then on (bastion_inherit_division).
create or replace function bastion_divide_by_parent(child text, parent text, parent_key text, child_ref text) returns void
    language plpgsql
    as $$
begin
    execute format('alter table %I add column division varchar(12)', child);
    execute format('update %I c set division = p.division from %I p where p.%I = c.%I', child, parent, parent_key, child_ref);
    execute format('alter table %I alter column division set not null', child);
    execute format('create trigger %I before insert on %I for each row execute function bastion_inherit_division(%L, %L, %L)',
                   child || '_division', child, parent, parent_key, child_ref);
end
$$;
