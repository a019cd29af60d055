package io.bastion.village.domain;

/** The two committees (两委): the Party branch committee and the villagers' committee. */
public enum Committee {
    PARTY_BRANCH,
    VILLAGERS_COMMITTEE
}
