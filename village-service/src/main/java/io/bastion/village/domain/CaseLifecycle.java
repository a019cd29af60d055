package io.bastion.village.domain;

import io.bastion.platform.domain.Conflict;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of a case (整顿一个、成功一个、巩固一个、销号一个):
 * <pre>
 * IDENTIFIED --plan drafted--> PLANNING --plan approved--> RECTIFYING
 * RECTIFYING --acceptance requested--> ACCEPTANCE
 * ACCEPTANCE --failed (new deadline)--> RECTIFYING
 * ACCEPTANCE --passed (transformed)--> CONSOLIDATING --written off--> WRITTEN_OFF
 * CONSOLIDATING --relapse found--> RELAPSED, and a new IDENTIFIED case linked to it
 * WRITTEN_OFF --relapse found--> stays WRITTEN_OFF, and a new IDENTIFIED case linked to it
 * </pre>
 */
public final class CaseLifecycle {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(CaseStatus.IDENTIFIED, EnumSet.of(CaseStatus.PLANNING));
        NEXT.put(CaseStatus.PLANNING, EnumSet.of(CaseStatus.RECTIFYING));
        NEXT.put(CaseStatus.RECTIFYING, EnumSet.of(CaseStatus.ACCEPTANCE));
        NEXT.put(CaseStatus.ACCEPTANCE, EnumSet.of(CaseStatus.RECTIFYING, CaseStatus.CONSOLIDATING));
        NEXT.put(CaseStatus.CONSOLIDATING, EnumSet.of(CaseStatus.WRITTEN_OFF, CaseStatus.RELAPSED));
        NEXT.put(CaseStatus.WRITTEN_OFF, EnumSet.noneOf(CaseStatus.class));
        NEXT.put(CaseStatus.RELAPSED, EnumSet.noneOf(CaseStatus.class));
    }

    private CaseLifecycle() {
    }

    /** Where a case in {@code from} may go next. */
    public static Set<CaseStatus> allowedFrom(CaseStatus from) {
        Set<CaseStatus> next = NEXT.get(from);
        return next.isEmpty() ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(next);
    }

    /** Throws {@link IllegalTransition} naming the allowed moves unless {@code from -> to} is one. */
    public static void check(CaseStatus from, CaseStatus to) {
        if (!NEXT.get(from).contains(to)) {
            throw illegal(from, to);
        }
    }

    static IllegalTransition illegal(CaseStatus from, CaseStatus to) {
        return new IllegalTransition(from, to, allowedFrom(from));
    }

    /** Whether a relapse may be found for a case in this status: during consolidation or after write-off. */
    public static boolean relapseMayBeFound(CaseStatus status) {
        return status == CaseStatus.CONSOLIDATING || status == CaseStatus.WRITTEN_OFF;
    }

    /** A transition the lifecycle does not have; says which ones it has. */
    public static final class IllegalTransition extends Conflict {
        private final CaseStatus from;
        private final CaseStatus to;
        private final Set<CaseStatus> allowed;

        IllegalTransition(CaseStatus from, CaseStatus to, Set<CaseStatus> allowed) {
            super("illegal-transition", from, to, allowed.isEmpty() ? "—" : allowed.toString());
            this.from = from;
            this.to = to;
            this.allowed = allowed;
        }

        public CaseStatus from() {
            return from;
        }

        public CaseStatus to() {
            return to;
        }

        public Set<CaseStatus> allowedMoves() {
            return allowed;
        }

        @Override
        public List<String> allowed() {
            return allowed.stream().map(Enum::name).toList();
        }
    }
}
