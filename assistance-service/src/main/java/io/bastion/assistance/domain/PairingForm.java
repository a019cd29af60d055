package io.bastion.assistance.domain;

/** How a case is paired: with a county leader as its contact, or with a unit in one of the forms of help. */
public enum PairingForm {
    /** 县级领导联系: exactly one county-level leader per case. */
    COUNTY_LEADER_CONTACT,
    /** 派驻工作组: a unit sends a work team, with its members, to the village. */
    WORK_TEAM,
    /** 党建指导员: a Party-building instructor. */
    PARTY_BUILDING_INSTRUCTOR,
    /** 机关干部驻村: a cadre stationed in the village. */
    STATIONED_CADRE,
    /** 第一书记: a first secretary from outside, possibly the secretary of an urban-rural paired joint branch. */
    FIRST_SECRETARY;

    public boolean byLeader() {
        return this == COUNTY_LEADER_CONTACT;
    }
}
