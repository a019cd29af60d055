package io.bastion.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The machine-checkable part of the three no-pass rules. The auditor adds judgement; a plan can be
 * approved only when every rule passes here and in the auditor's eyes.
 */
public final class AuditChecks {

    private AuditChecks() {
    }

    /**
     * Findings per rule, every rule present (an empty list is a pass), for a plan of a case with these
     * categories, checked on {@code today} for a campaign that ends on {@code campaignEnd}.
     */
    public static Map<AuditRule, List<Finding>> check(Collection<String> caseCategories, List<PlanProblem> problems,
                                                      List<MeasureDraft> measures, LocalDate today, LocalDate campaignEnd) {
        Map<AuditRule, List<Finding>> findings = new EnumMap<>(AuditRule.class);
        for (AuditRule rule : AuditRule.values()) {
            findings.put(rule, new ArrayList<>());
        }
        Set<String> addressed = problems.stream().map(PlanProblem::category).collect(Collectors.toSet());
        caseCategories.stream().sorted().filter(c -> !addressed.contains(c)).forEach(c ->
                findings.get(AuditRule.PROBLEMS_ACCURATE).add(new Finding(AuditRule.PROBLEMS_ACCURATE, "category-not-addressed", c)));

        Set<String> measured = measures.stream().map(MeasureDraft::problem).collect(Collectors.toSet());
        List<Finding> actionable = findings.get(AuditRule.MEASURES_ACTIONABLE);
        problems.stream().filter(p -> !measured.contains(p.key())).forEach(p ->
                actionable.add(new Finding(AuditRule.MEASURES_ACTIONABLE, "problem-without-measure", p.key())));
        measures.stream().filter(m -> m.remedy() == null).forEach(m ->
                actionable.add(new Finding(AuditRule.MEASURES_ACTIONABLE, "measure-without-remedy", m.key())));

        List<Finding> owned = findings.get(AuditRule.OWNER_AND_DEADLINE);
        for (MeasureDraft m : measures) {
            if (m.responsiblePerson() == null || m.responsiblePerson().isBlank()) {
                owned.add(new Finding(AuditRule.OWNER_AND_DEADLINE, "measure-without-owner", m.key()));
            }
            if (m.deadline() == null) {
                owned.add(new Finding(AuditRule.OWNER_AND_DEADLINE, "measure-without-deadline", m.key()));
            } else if (!m.deadline().isAfter(today)) {
                owned.add(new Finding(AuditRule.OWNER_AND_DEADLINE, "deadline-not-after-today", m.key()));
            } else if (m.deadline().isAfter(campaignEnd)) {
                owned.add(new Finding(AuditRule.OWNER_AND_DEADLINE, "deadline-after-campaign", m.key()));
            }
        }
        return findings;
    }

    public static boolean allPass(Map<AuditRule, List<Finding>> findings) {
        return findings.values().stream().allMatch(List::isEmpty);
    }
}
