package io.bastion.plan.domain;

import io.bastion.platform.domain.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step three as the auditor decides it: a judgement on each of the three rules, and either a return
 * with reasons or an approval. An approval needs every rule passed, by the machine check and by the
 * auditor; a return needs reasons and at least one rule judged not passed.
 */
public record AuditDecision(String decision, List<Judgement> judgements, List<String> reasons) {

    /** The auditor's judgement on one rule, with a note. */
    public record Judgement(String rule, Boolean passed, String note) {
    }

    public List<String> reasonList() {
        return reasons == null ? List.of() : reasons.stream().map(r -> r == null ? "" : r.trim()).toList();
    }

    /** What is wrong with the decision as written, whatever the plan. */
    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        if (decision == null) {
            v.add(new Violation("decision", "required", null));
        } else if (Arrays.stream(AuditRound.Decision.values()).noneMatch(d -> d.name().equals(decision))) {
            v.add(new Violation("decision", "one-of", decision, Arrays.toString(AuditRound.Decision.values())));
        }
        Set<AuditRule> judged = EnumSet.noneOf(AuditRule.class);
        List<Judgement> list = judgements == null ? List.of() : judgements;
        for (int i = 0; i < list.size(); i++) {
            Judgement j = list.get(i);
            String at = "judgements[" + i + "]";
            if (j == null || j.rule() == null) {
                v.add(new Violation(at + ".rule", "required", null));
                continue;
            }
            AuditRule rule = Arrays.stream(AuditRule.values()).filter(r -> r.name().equals(j.rule())).findFirst().orElse(null);
            if (rule == null) {
                v.add(new Violation(at + ".rule", "one-of", j.rule(), Arrays.toString(AuditRule.values())));
            } else if (!judged.add(rule)) {
                v.add(new Violation(at + ".rule", "duplicate", j.rule()));
            }
            if (j.passed() == null) {
                v.add(new Violation(at + ".passed", "required", null));
            }
            if (j.note() != null && j.note().length() > 2000) {
                v.add(new Violation(at + ".note", "max-length", j.note().length(), 2000));
            }
        }
        Arrays.stream(AuditRule.values()).filter(rule -> !judged.contains(rule))
                .forEach(rule -> v.add(new Violation("judgements", "judgement-per-rule", rule.name())));
        for (int i = 0; i < reasonList().size(); i++) {
            String reason = reasonList().get(i);
            if (reason.isEmpty()) {
                v.add(new Violation("reasons[" + i + "]", "required", null));
            } else if (reason.length() > 2000) {
                v.add(new Violation("reasons[" + i + "]", "max-length", reason.length(), 2000));
            }
        }
        if (v.isEmpty() && returning()) {
            if (reasonList().isEmpty()) {
                v.add(new Violation("reasons", "required", null));
            }
            if (failedRules().isEmpty()) {
                v.add(new Violation("judgements", "return-names-a-failed-rule", null));
            }
        }
        return v;
    }

    /** Why the plan cannot be approved: a rule the machine check or the auditor does not pass. */
    public List<Violation> approvalBlockers(Map<AuditRule, List<Finding>> findings) {
        List<Violation> v = new ArrayList<>();
        for (AuditRule rule : AuditRule.values()) {
            if (!findings.get(rule).isEmpty()) {
                v.add(new Violation("findings." + rule.name(), "rule-passes", findings.get(rule).size(), rule.name()));
            }
        }
        failedRules().forEach(rule -> v.add(new Violation("judgements", "judged-passed", rule)));
        return v;
    }

    public boolean returning() {
        return AuditRound.Decision.RETURN.name().equals(decision);
    }

    /** The rules the auditor judged not passed, in rule order. */
    public List<String> failedRules() {
        List<Judgement> list = judgements == null ? List.of() : judgements;
        return Arrays.stream(AuditRule.values()).map(Enum::name)
                .filter(rule -> list.stream().anyMatch(j -> j != null && rule.equals(j.rule()) && Boolean.FALSE.equals(j.passed())))
                .toList();
    }
}
