package io.bastion.assistance.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * No unpairing before transformation (不完成转化任务不能脱钩): help may end only once the case has
 * been transformed, that is passed its acceptance (CONSOLIDATING) or been written off.
 */
public final class Transformation {

    static final Set<String> TRANSFORMED = Set.of("CONSOLIDATING", "WRITTEN_OFF");
    /** A case that ended without transformation takes no new help. */
    static final Set<String> CLOSED = Set.of("WRITTEN_OFF", "RELAPSED");

    private Transformation() {
    }

    public static boolean allowsUnpairing(String caseStatus) {
        return TRANSFORMED.contains(caseStatus);
    }

    public static boolean takesNewPairings(String caseStatus) {
        return !CLOSED.contains(caseStatus);
    }

    /** Past its deadline and not transformed: what the county's appraisal of units looks for. */
    public static boolean overdue(String caseStatus, LocalDate deadline, LocalDate today) {
        return deadline != null && deadline.isBefore(today) && !TRANSFORMED.contains(caseStatus) && !CLOSED.contains(caseStatus);
    }
}
