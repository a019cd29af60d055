package io.bastion.supervision.security;

/** The roles a Bastion token can carry, as they appear in its {@code groups} claim. */
public final class Role {

    public static final String COUNTY_ADMIN = "county-admin";
    public static final String TOWNSHIP_OPERATOR = "township-operator";
    public static final String INSPECTOR = "inspector";
    public static final String CITY_VIEWER = "city-viewer";
    public static final String EXCHANGE_CLIENT = "exchange-client";

    private Role() {
    }
}
