package io.bastion.platform.domain;

import java.util.Set;

/**
 * Who is making a change, for which division, and from which request: what the audit trail records,
 * and whose county the reference data it defines (leaders, units, categories, the checklist) belongs to.
 */
public record Actor(String name, Set<String> roles, String requestId, String division) {

    /** The service itself, acting on an event from another service about a record of {@code division}. */
    public static Actor system(String source, String eventId, String division) {
        return new Actor(source, Set.of(), eventId, division);
    }

    /** The county the actor acts in: the first six digits of its division. */
    public String county() {
        return division.length() <= 6 ? division : division.substring(0, 6);
    }
}
