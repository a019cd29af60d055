package io.bastion.supervision.security;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * What the caller may do in supervision. The township asks for its cases' acceptance; inspectors
 * (and the county organization department) score acceptances and record follow-up visits; the
 * county writes cases off and sets the checklist; the county's roles, the city and the exchange
 * read within their division.
 */
@RequestScoped
public class CallerScope {

    private static final Set<String> READERS = Set.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_OPERATOR, Role.INSPECTOR,
            Role.CITY_VIEWER, Role.EXCHANGE_CLIENT);
    private static final Set<String> REQUESTERS = Set.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_OPERATOR);
    private static final Set<String> INSPECTORS = Set.of(Role.COUNTY_ADMIN, Role.INSPECTOR);

    @Inject
    Caller caller;

    public String divisionPrefix() {
        return caller.divisionPrefix();
    }

    public Actor actor() {
        return caller.actor();
    }

    public void requireRead(String villageCode) {
        caller.requireRole(READERS);
        caller.requireCovers(villageCode);
    }

    public void requireList() {
        caller.requireRole(READERS);
    }

    /** Asking for a case's acceptance: its township or the county. */
    public void requireRequest(String villageCode) {
        caller.requireRole(REQUESTERS);
        caller.requireCovers(villageCode);
    }

    /** Scoring an acceptance, recording a follow-up visit: inspectors and the county. */
    public void requireInspect(String villageCode) {
        caller.requireRole(INSPECTORS);
        caller.requireCovers(villageCode);
    }

    /** Writing a case off, setting the checklist: the county organization department. */
    public void requireCountyAdmin() {
        caller.requireRole(Set.of(Role.COUNTY_ADMIN));
    }

    /** Draft bulletins are read by those who write them and the inspectors; published ones by every reader. */
    public boolean seesDrafts() {
        return caller.has(INSPECTORS);
    }

    /** A bulletin of the county concerns each of its townships, and a township's concerns the county. */
    public void requireBulletin(String division) {
        caller.requireRole(READERS);
        String mine = caller.divisionPrefix();
        if (!mine.startsWith(division) && !division.startsWith(mine)) {
            caller.requireCovers(division);
        }
    }
}
