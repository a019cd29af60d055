package io.bastion.assistance.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.Refused;
import io.bastion.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who records which help: the county anything; a township its trainings and practical matters, given
 * by no leader or unit; a county leader its own visits; a department what its own unit gave. Where
 * they may record it (their division, their paired villages) is the caller's scope, checked before.
 */
final class HelpGivers {

    static final String OWN_HELP_ONLY = "own-help-only";
    static final String NOT_REGISTERED = "not-registered";

    private HelpGivers() {
    }

    /**
     * {@code leader} and {@code unit}: the registered leader or unit whose account the actor is, if any;
     * looked up only for a county leader or a department.
     */
    static void check(Actor actor, HelpDraft draft, Supplier<Optional<Leader>> leader, Supplier<Optional<Unit>> unit) {
        if (actor.roles().contains(Roles.COUNTY_ADMIN)) {
            return;
        }
        HelpKind kind = kindOf(draft.kind());
        if (actor.roles().contains(Roles.TOWNSHIP_OPERATOR)) {
            if (kind != HelpKind.TRAINING && kind != HelpKind.PRACTICAL_MATTER || draft.leaderId() != null || draft.unitId() != null) {
                throw new Refused(OWN_HELP_ONLY, actor.name());
            }
        } else if (actor.roles().contains(Roles.COUNTY_LEADER)) {
            UUID self = leader.get().map(l -> l.id).orElseThrow(() -> new Refused(NOT_REGISTERED, actor.name()));
            if (kind == null || !kind.isVisit() || !self.equals(draft.leaderId()) || draft.unitId() != null) {
                throw new Refused(OWN_HELP_ONLY, actor.name());
            }
        } else if (actor.roles().contains(Roles.DEPARTMENT)) {
            UUID self = unit.get().map(u -> u.id).orElseThrow(() -> new Refused(NOT_REGISTERED, actor.name()));
            if (!self.equals(draft.unitId()) || draft.leaderId() != null) {
                throw new Refused(OWN_HELP_ONLY, actor.name());
            }
        } else {
            throw new Refused(OWN_HELP_ONLY, actor.name());
        }
    }

    private static HelpKind kindOf(String kind) {
        try {
            return kind == null ? null : HelpKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
