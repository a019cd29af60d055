package io.bastion.village.domain;

/** Why a case is a hard one (打破常规重点攻坚); a hard case gets a first secretary from outside. */
public enum HardCaseFlag {
    SECRETARY_LONG_VACANT,
    TANGLED_CONFLICTS,
    CLAN_INTERFERENCE,
    HISTORICAL_PROBLEMS,
    ELECTION_RISK
}
