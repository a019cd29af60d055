package io.bastion.supervision.domain;

import io.bastion.platform.domain.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the inspectors record at an acceptance: a score for every checklist item (up to its weight),
 * the satisfaction survey of Party members and villager representatives, a note, and for a failed
 * acceptance the new deadline for rectification.
 */
public record AssessmentDraft(List<ItemScore> scores, Survey partyMembers, Survey representatives, LocalDate newDeadline, String note) {

    public record ItemScore(String item, BigDecimal score) {
    }

    /** How many of a group answered the survey, and how many of them were dissatisfied. */
    public record Survey(Integer respondents, Integer dissatisfied) {
    }

    public BigDecimal total() {
        return scores.stream().map(ItemScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int respondents() {
        return partyMembers.respondents() + representatives.respondents();
    }

    public int dissatisfied() {
        return partyMembers.dissatisfied() + representatives.dissatisfied();
    }

    public boolean passes() {
        return AcceptanceRules.passes(total(), respondents(), dissatisfied());
    }

    /** Every rule broken against this checklist, as of {@code today}. */
    /**
     * Every rule the assessment breaks on {@code today}, scored against {@code checklist}. A failed case
     * is rectified again within a year, the campaign's own rhythm: a later deadline is a typing error
     * that would keep the case out of every overdue list for good.
     */
    public List<Violation> violations(List<ChecklistItem> checklist, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        Map<String, Integer> weights = new HashMap<>();
        checklist.forEach(item -> weights.put(item.code, item.weight));
        Map<String, Boolean> scored = new HashMap<>();
        List<ItemScore> list = scores == null ? List.of() : scores;
        for (int i = 0; i < list.size(); i++) {
            ItemScore s = list.get(i);
            String at = "scores[" + i + "]";
            if (s == null || s.item() == null || !weights.containsKey(s.item())) {
                v.add(new Violation(at + ".item", "checklist-item", s == null ? null : s.item()));
                continue;
            }
            if (scored.put(s.item(), true) != null) {
                v.add(new Violation(at + ".item", "duplicate", s.item()));
            }
            if (s.score() == null) {
                v.add(new Violation(at + ".score", "required", null));
            } else if (s.score().signum() < 0 || s.score().compareTo(BigDecimal.valueOf(weights.get(s.item()))) > 0) {
                v.add(new Violation(at + ".score", "score-within-weight", s.score().toPlainString(), weights.get(s.item())));
            } else if (s.score().stripTrailingZeros().scale() > 1) {
                v.add(new Violation(at + ".score", "decimal-places", s.score().toPlainString(), 1));
            }
        }
        checklist.stream().filter(item -> !scored.containsKey(item.code))
                .forEach(item -> v.add(new Violation("scores", "every-item-scored", item.code)));
        survey(v, "partyMembers", partyMembers);
        survey(v, "representatives", representatives);
        if (v.isEmpty() && respondents() == 0) {
            v.add(new Violation("representatives.respondents", "positive", 0));
        }
        if (note != null && note.length() > 4000) {
            v.add(new Violation("note", "max-length", note.length(), 4000));
        }
        if (v.isEmpty()) {
            if (!passes() && newDeadline == null) {
                v.add(new Violation("newDeadline", "required-when-failed", null));
            } else if (newDeadline != null && !passes()) {
                if (!newDeadline.isAfter(today)) {
                    v.add(new Violation("newDeadline", "in-the-future", newDeadline.toString()));
                } else if (newDeadline.isAfter(today.plusYears(1))) {
                    v.add(new Violation("newDeadline", "within-a-year", newDeadline.toString(), today.plusYears(1).toString()));
                }
            } else if (newDeadline != null) {
                v.add(new Violation("newDeadline", "only-when-failed", newDeadline.toString()));
            }
        }
        return v;
    }

    private static void survey(List<Violation> v, String field, Survey s) {
        if (s == null) {
            v.add(new Violation(field, "required", null));
            return;
        }
        if (s.respondents() == null || s.respondents() < 0) {
            v.add(new Violation(field + ".respondents", s.respondents() == null ? "required" : "not-negative", s.respondents()));
        }
        if (s.dissatisfied() == null || s.dissatisfied() < 0) {
            v.add(new Violation(field + ".dissatisfied", s.dissatisfied() == null ? "required" : "not-negative", s.dissatisfied()));
        } else if (s.respondents() != null && s.dissatisfied() > s.respondents()) {
            v.add(new Violation(field + ".dissatisfied", "within-respondents", s.dissatisfied(), s.respondents()));
        }
    }
}
