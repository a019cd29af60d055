package io.bastion.village.domain;

/** Where a team member came from: the stage report counts new secretaries and members by this. */
public enum AppointmentSource {
    FROM_VILLAGE,
    FROM_OTHER_VILLAGE,
    SENT_BY_AGENCY,
    SENT_BY_ENTERPRISE;

    public boolean sent() {
        return this == SENT_BY_AGENCY || this == SENT_BY_ENTERPRISE;
    }
}
