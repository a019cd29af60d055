package io.bastion.platform.security;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a database session may see and write, as PostgreSQL's row-level security reads it: the
 * division-code prefixes its rows must start with ({@code within}), and the caller's own division
 * ({@code home}), whose reference data above it (the county's leaders, the national categories) it
 * may also read. Every scoped table has a {@code division} column; see {@link ScopedConnections}.
 */
public record Scope(List<String> within, String home) {

    /** The service itself (event consumers, the outbox relay, schedules, migrations): every row. */
    public static final Scope SYSTEM = new Scope(List.of(""), "");

    /** A request whose caller could not be placed: no row at all. */
    public static final Scope NONE = new Scope(List.of(), "");

    public Scope {
        within = List.copyOf(within);
    }

    /** The caller's whole division. */
    public static Scope division(String division) {
        return new Scope(List.of(division), division);
    }

    /** The villages a county leader or a department is paired with, within its county. */
    public static Scope paired(List<String> villageCodes, String county) {
        return new Scope(villageCodes, county);
    }

    /** The prefixes as the {@code bastion.scope} setting holds them: LIKE patterns, comma-separated. */
    String patterns() {
        return within.stream().map(prefix -> prefix + "%").collect(Collectors.joining(","));
    }
}
