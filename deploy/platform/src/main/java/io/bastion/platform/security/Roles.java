package io.bastion.platform.security;

import java.util.Map;
import java.util.Set;

/**
 * The roles a Bastion token can carry in its {@code groups} claim, and the level of division each
 * acts for. What each role may do, operation by operation, is the table in docs/conventions.md;
 * resources say it with {@code @RolesAllowed}.
 */
public final class Roles {

    public static final String COUNTY_ADMIN = "county-admin";
    public static final String TOWNSHIP_OPERATOR = "township-operator";
    public static final String COUNTY_LEADER = "county-leader";
    public static final String DEPARTMENT = "department";
    public static final String INSPECTOR = "inspector";
    public static final String CITY_VIEWER = "city-viewer";
    public static final String PROVINCE_VIEWER = "province-viewer";
    public static final String EXCHANGE_CLIENT = "exchange-client";

    /** County leaders and departments reach the villages they are paired with, not a whole division. */
    public static final Set<String> PAIRED = Set.of(COUNTY_LEADER, DEPARTMENT);

    /** The roles that see ID-card and phone numbers in full; everyone else sees them masked. */
    public static final Set<String> PERSONAL_DATA = Set.of(COUNTY_ADMIN, TOWNSHIP_OPERATOR);

    private static final Map<String, Set<DivisionLevel>> LEVELS = Map.of(
            COUNTY_ADMIN, Set.of(DivisionLevel.COUNTY),
            TOWNSHIP_OPERATOR, Set.of(DivisionLevel.TOWNSHIP),
            COUNTY_LEADER, Set.of(DivisionLevel.COUNTY),
            DEPARTMENT, Set.of(DivisionLevel.COUNTY),
            INSPECTOR, Set.of(DivisionLevel.COUNTY),
            CITY_VIEWER, Set.of(DivisionLevel.CITY),
            PROVINCE_VIEWER, Set.of(DivisionLevel.PROVINCE),
            EXCHANGE_CLIENT, Set.of(DivisionLevel.PROVINCE, DivisionLevel.CITY, DivisionLevel.COUNTY));

    private Roles() {
    }

    public static boolean known(String role) {
        return LEVELS.containsKey(role);
    }

    /** The levels of division a token with this role may name: a county admin acts for a county, and so on. */
    public static Set<DivisionLevel> levels(String role) {
        return LEVELS.getOrDefault(role, Set.of());
    }
}
