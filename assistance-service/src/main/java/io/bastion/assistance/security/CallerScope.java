package io.bastion.assistance.security;

import io.bastion.assistance.domain.HelpDraft;
import io.bastion.assistance.domain.HelpKind;
import io.bastion.assistance.domain.Leader;
import io.bastion.assistance.domain.Pairings;
import io.bastion.assistance.domain.Partners;
import io.bastion.assistance.domain.Unit;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the caller may do with pairings and help. The county organization department keeps the
 * registries and makes and ends pairings; inspectors, the city and the exchange read within their
 * division; a township operator reads its township and records its trainings and practical matters;
 * a county leader and a department read only the villages they are paired with, and record the
 * help they themselves give there.
 */
@RequestScoped
public class CallerScope {

    private static final Set<String> DIVISION_READERS = Set.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_OPERATOR, Role.INSPECTOR,
            Role.CITY_VIEWER, Role.EXCHANGE_CLIENT);
    private static final Set<String> PAIRED_READERS = Set.of(Role.COUNTY_LEADER, Role.DEPARTMENT);

    @Inject
    Caller caller;

    @Inject
    Pairings pairings;

    @Inject
    Partners partners;

    public String divisionPrefix() {
        return caller.divisionPrefix();
    }

    public Actor actor() {
        return caller.actor();
    }

    /** Reading what concerns a village: within the division, or paired with it. */
    public void requireRead(String villageCode) {
        if (caller.has(DIVISION_READERS)) {
            caller.requireCovers(villageCode);
        } else if (caller.has(PAIRED_READERS)) {
            if (villageCode == null || !pairings.paired(caller.account(), villageCode)) {
                throw new ApiProblem(403, "not-paired", villageCode);
            }
        } else {
            throw new ApiProblem(403, "forbidden");
        }
    }

    /** Lists: everyone who reads; a county leader's or department's lists hold only their paired villages. */
    public void requireList() {
        if (!caller.has(DIVISION_READERS) && !caller.has(PAIRED_READERS)) {
            throw new ApiProblem(403, "forbidden");
        }
    }

    /** The account whose pairings limit the caller's lists, for a county leader or a department. */
    public Optional<String> pairedAccount() {
        return !caller.has(DIVISION_READERS) && caller.has(PAIRED_READERS) ? Optional.of(caller.account()) : Optional.empty();
    }

    /** Registries and pairings: the county organization department. */
    public void requireCountyAdmin() {
        caller.requireRole(Set.of(Role.COUNTY_ADMIN));
    }

    /** Registries are read by the county's roles and by the leaders and units themselves. */
    public void requireRegistryRead() {
        requireList();
    }

    /** Whether envoys' phone numbers may be shown unmasked. */
    public boolean seesPersonalData() {
        return caller.has(Role.COUNTY_ADMIN) || caller.has(Role.TOWNSHIP_OPERATOR);
    }

    /**
     * Recording help: county admins anything in the county; a township operator its own trainings and
     * practical matters; a county leader its own visits to villages it is paired with; a department
     * what its own unit gave to villages it is paired with.
     */
    public void requireRecord(HelpDraft draft) {
        String where = draft.villageCode() != null ? draft.villageCode() : draft.township();
        if (caller.has(Role.COUNTY_ADMIN)) {
            caller.requireCovers(where);
            return;
        }
        HelpKind kind = draft.kind() == null ? null : kindOf(draft.kind());
        if (caller.has(Role.TOWNSHIP_OPERATOR)) {
            if (kind != HelpKind.TRAINING && kind != HelpKind.PRACTICAL_MATTER || draft.leaderId() != null || draft.unitId() != null) {
                throw new ApiProblem(403, "forbidden");
            }
            caller.requireCovers(where);
        } else if (caller.has(Role.COUNTY_LEADER)) {
            UUID self = partners.leaderOf(caller.account()).map(l -> l.id).orElseThrow(() -> new ApiProblem(403, "not-registered", caller.account()));
            if (kind == null || !kind.isVisit() || !self.equals(draft.leaderId()) || draft.unitId() != null) {
                throw new ApiProblem(403, "own-help-only", caller.account());
            }
            requirePaired(draft.villageCode());
        } else if (caller.has(Role.DEPARTMENT)) {
            UUID self = partners.unitOf(caller.account()).map(u -> u.id).orElseThrow(() -> new ApiProblem(403, "not-registered", caller.account()));
            if (!self.equals(draft.unitId()) || draft.leaderId() != null) {
                throw new ApiProblem(403, "own-help-only", caller.account());
            }
            if (draft.villageCode() == null && draft.township() != null) {
                // A township-wide training by a unit paired with one of the township's villages.
                if (!pairings.pairedInTownship(caller.account(), draft.township())) {
                    throw new ApiProblem(403, "not-paired", draft.township());
                }
            } else {
                requirePaired(draft.villageCode());
            }
        } else {
            throw new ApiProblem(403, "forbidden");
        }
    }

    /** Whether the caller is this leader or this unit: each reads its own record and assessment. */
    public boolean isSelf(Leader leader, Unit unit) {
        return leader != null && leader.account.equals(caller.account()) || unit != null && unit.account.equals(caller.account());
    }

    private void requirePaired(String villageCode) {
        if (villageCode == null || !pairings.paired(caller.account(), villageCode)) {
            throw new ApiProblem(403, "not-paired", villageCode);
        }
    }

    private static HelpKind kindOf(String kind) {
        try {
            return HelpKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
