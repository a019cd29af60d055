package io.bastion.village.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. The source's lifecycle, plus {@link #RELAPSED}: a consolidating case whose
 * village slid back ends there, so that the new case it is linked to is the village's only open one.
 */
public enum CaseStatus {
    IDENTIFIED,
    PLANNING,
    RECTIFYING,
    ACCEPTANCE,
    CONSOLIDATING,
    WRITTEN_OFF,
    RELAPSED;

    /** The statuses of a case still being worked on; a village has at most one such case. */
    public static final Set<CaseStatus> OPEN = EnumSet.of(IDENTIFIED, PLANNING, RECTIFYING, ACCEPTANCE, CONSOLIDATING);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
