package io.bastion.village.domain;

/** How the village's Party organization is set up: a branch, a general branch, or a committee. */
public enum PartyOrganizationForm {
    BRANCH,
    GENERAL_BRANCH,
    COMMITTEE
}
