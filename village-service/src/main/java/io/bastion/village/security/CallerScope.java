package io.bastion.village.security;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.platform.security.Caller;
import io.bastion.village.domain.DivisionCode;
import io.bastion.village.domain.Pairings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the caller may do, from its token: the roles in {@code groups} and the division it acts for
 * in the {@code division} claim, a code prefix ({@code 410423} a county, {@code 410423203} a
 * township). A township operator reads and writes only codes that start with its township's prefix.
 */
@RequestScoped
public class CallerScope {

    private static final Set<String> READERS = Set.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_OPERATOR, Role.INSPECTOR, Role.CITY_VIEWER);
    private static final Set<String> WRITERS = Set.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_OPERATOR);
    /** They read the villages they are paired with, as assistance-service's events say. */
    private static final Set<String> PAIRED_READERS = Set.of(Role.COUNTY_LEADER, Role.DEPARTMENT);
    private static final Set<String> LISTERS = union(READERS, PAIRED_READERS);
    private static final Set<String> SYNC_READERS = Set.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_OPERATOR, Role.CITY_VIEWER, Role.EXCHANGE_CLIENT);

    @Inject
    Caller caller;

    @Inject
    Pairings pairings;

    /** The prefix every code the caller touches must start with; never null. */
    public String divisionPrefix() {
        return caller.divisionPrefix();
    }

    /**
     * The county part of the caller's division: counties and townships are reference data that
     * everyone in the county may read, a township operator included.
     */
    public String countyPrefix() {
        String division = divisionPrefix();
        return division.substring(0, Math.min(6, division.length()));
    }

    /** Reading counties and townships of the caller's county. */
    public void requireReadDivision(String code) {
        requireRole(LISTERS);
        if (code == null || !code.startsWith(countyPrefix())) {
            throw new ApiProblem(403, "out-of-scope", code, countyPrefix());
        }
    }

    public boolean covers(String code) {
        return caller.covers(code);
    }

    /**
     * Reading a village and what hangs off it: the county's own roles, inspectors and the city within
     * their division; county leaders and departments for the villages they are paired with.
     */
    public void requireRead(String code) {
        if (has(READERS)) {
            requireCovers(code);
        } else if (has(PAIRED_READERS)) {
            if (code == null || !pairings.paired(caller.account(), code)) {
                throw new ApiProblem(403, "not-paired", code);
            }
        } else {
            throw new ApiProblem(403, "forbidden");
        }
    }

    /**
     * Reading or writing what hangs off a village's code in a path: a code that breaks the rules
     * cannot name anything (404), then the caller's scope decides.
     */
    public void requireVillage(String code, boolean write) {
        if (!DivisionCode.checkVillage("code", code).isEmpty()) {
            throw new NotFound("village", code);
        }
        if (write) {
            requireWrite(code);
        } else {
            requireRead(code);
        }
    }

    public void requireWrite(String code) {
        requireRole(WRITERS);
        requireCovers(code);
    }

    /** Bulk exports and the changes feed: also open to the provincial exchange client. */
    public void requireSync() {
        requireRole(SYNC_READERS);
    }

    /** Lists: county leaders and departments too, filtered by {@link #pairedAccount()}. */
    public void requireList() {
        requireRole(LISTERS);
    }

    /** County-wide figures: the county's own roles, inspectors and the city. */
    public void requireCountyRead() {
        requireRole(READERS);
    }

    /**
     * The account whose pairings limit what the caller may list: present for a county leader or a
     * department, absent for the roles that read their whole division.
     */
    public Optional<String> pairedAccount() {
        return !has(READERS) && has(PAIRED_READERS) ? Optional.of(caller.account()) : Optional.empty();
    }

    public void requireCountyAdmin() {
        requireRole(Set.of(Role.COUNTY_ADMIN));
    }

    /** Whether ID-card and phone numbers may be shown unmasked. */
    public boolean seesPersonalData() {
        return caller.has(Role.COUNTY_ADMIN) || caller.has(Role.TOWNSHIP_OPERATOR);
    }

    /** The caller as the audit trail records it. */
    public Actor actor() {
        return caller.actor();
    }

    private void requireRole(Set<String> allowed) {
        caller.requireRole(allowed);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private boolean has(Set<String> roles) {
        return caller.has(roles);
    }

    private void requireCovers(String code) {
        caller.requireCovers(code);
    }
}
