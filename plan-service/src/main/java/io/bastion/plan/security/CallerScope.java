package io.bastion.plan.security;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * What the caller may do with plans. The township writes its own plans and carries out their
 * measures; the county organization department evaluates, audits, returns, approves and decides
 * extensions; inspectors, the city and the provincial exchange read within their division.
 */
@RequestScoped
public class CallerScope {

    private static final Set<String> READERS = Set.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_OPERATOR, Role.INSPECTOR,
            Role.CITY_VIEWER, Role.EXCHANGE_CLIENT);
    private static final Set<String> WRITERS = Set.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_OPERATOR);
    private static final Set<String> COUNTY = Set.of(Role.COUNTY_ADMIN);

    @Inject
    Caller caller;

    public String divisionPrefix() {
        return caller.divisionPrefix();
    }

    /** Reading a plan of this village: the caller's division must hold it. */
    public void requireRead(String villageCode) {
        caller.requireRole(READERS);
        caller.requireCovers(villageCode);
    }

    /** Lists, filtered to the caller's division. */
    public void requireList() {
        caller.requireRole(READERS);
    }

    /** Drafting, revising and submitting a plan, and reporting on its measures: the township or the county. */
    public void requireWrite(String villageCode) {
        caller.requireRole(WRITERS);
        caller.requireCovers(villageCode);
    }

    /** Evaluating, auditing and deciding extensions: the county organization department only. */
    public void requireCounty(String villageCode) {
        caller.requireRole(COUNTY);
        caller.requireCovers(villageCode);
    }

    public Actor actor() {
        return caller.actor();
    }
}
