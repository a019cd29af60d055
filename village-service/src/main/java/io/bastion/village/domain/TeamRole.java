package io.bastion.village.domain;

/** A place in the village's two committees, or among its reserve cadres (后备干部). */
public enum TeamRole {
    SECRETARY,
    DEPUTY_SECRETARY,
    MEMBER,
    RESERVE_CADRE
}
