package io.bastion.village.domain;

/** The three levels Bastion keeps of the statistical division codes. */
public enum DivisionLevel {
    COUNTY,
    TOWNSHIP,
    VILLAGE
}
