package io.bastion.plan.domain;

import io.bastion.platform.domain.Conflict;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The moves a plan can make between its stages, and which stages the township may still edit in. */
public final class PlanLifecycle {

    private static final Map<PlanStage, Set<PlanStage>> NEXT = new EnumMap<>(PlanStage.class);

    static {
        NEXT.put(PlanStage.DRAFTING, EnumSet.of(PlanStage.AWAITING_EVALUATION));
        NEXT.put(PlanStage.AWAITING_EVALUATION, EnumSet.of(PlanStage.AWAITING_AUDIT));
        NEXT.put(PlanStage.AWAITING_AUDIT, EnumSet.of(PlanStage.RETURNED, PlanStage.APPROVED));
        // A revised plan goes back to the audit: the county's evaluation of the draft still stands.
        NEXT.put(PlanStage.RETURNED, EnumSet.of(PlanStage.AWAITING_AUDIT));
        NEXT.put(PlanStage.APPROVED, EnumSet.noneOf(PlanStage.class));
    }

    private PlanLifecycle() {
    }

    public static Set<PlanStage> allowedFrom(PlanStage stage) {
        return Set.copyOf(NEXT.get(stage));
    }

    /** Throws {@link IllegalStage} naming the moves there are unless {@code from -> to} is one. */
    public static void check(PlanStage from, PlanStage to) {
        if (!NEXT.get(from).contains(to)) {
            throw new IllegalStage(from, to, NEXT.get(from));
        }
    }

    /** Submitting: a draft goes to evaluation, a returned plan straight back to the audit. */
    public static PlanStage afterSubmission(PlanStage from) {
        return from == PlanStage.RETURNED ? PlanStage.AWAITING_AUDIT : PlanStage.AWAITING_EVALUATION;
    }

    /** The township edits a plan only while it is in its hands: drafting, or returned for refinement. */
    public static boolean editable(PlanStage stage) {
        return stage == PlanStage.DRAFTING || stage == PlanStage.RETURNED;
    }

    /** A move the stages do not have; the answer lists the ones there are. */
    public static final class IllegalStage extends Conflict {
        private final Set<PlanStage> allowed;

        IllegalStage(PlanStage from, PlanStage to, Set<PlanStage> allowed) {
            super("illegal-stage", from, to, allowed.isEmpty() ? "—" : allowed.toString());
            this.allowed = Set.copyOf(allowed);
        }

        @Override
        public List<String> allowed() {
            return allowed.stream().sorted().map(Enum::name).toList();
        }
    }
}
