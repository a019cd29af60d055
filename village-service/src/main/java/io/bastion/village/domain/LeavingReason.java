package io.bastion.village.domain;

/** Why a member left; ADJUSTED and DISMISSED are what the county counts as cadres adjusted. */
public enum LeavingReason {
    ADJUSTED,
    DISMISSED,
    RESIGNED,
    ELECTION,
    TRANSFERRED,
    DECEASED,
    OTHER;

    public boolean countsAsAdjustment() {
        return this == ADJUSTED || this == DISMISSED;
    }
}
