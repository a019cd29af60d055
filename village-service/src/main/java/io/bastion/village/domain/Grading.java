package io.bastion.village.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.Refused;
import io.bastion.platform.security.Roles;

/**
 * Grading a case a city-B or county-C key contact is the county's decision: a township proposes a
 * grade, the county organization department decides it. A decided grade settles the proposal.
 */
final class Grading {

    static final String RESERVED = "grading-reserved";

    private Grading() {
    }

    /** Refuses a grade other than {@code current} from anyone but the county (the service itself included). */
    static void check(Actor actor, Trigger trigger, KeyContactGrade current, String requested) {
        if (trigger.isCommand() && !actor.roles().contains(Roles.COUNTY_ADMIN)
                && requested != null && !requested.equals(current.name())) {
            throw new Refused(RESERVED, requested);
        }
    }
}
