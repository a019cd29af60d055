package io.bastion.platform.domain;

import java.util.Set;

/** Who is making a change, and from which request: what the audit trail records. */
public record Actor(String name, Set<String> roles, String requestId) {

    /** The service itself, acting on an event from another service. */
    public static Actor system(String eventId) {
        return new Actor("system", Set.of(), eventId);
    }
}
