package io.bastion.plan.domain;

import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Step two as the county writes it: how feasible the measures are and what effect they can be
 * expected to have, with written suggestions by remedy (八治).
 */
public record EvaluationDraft(String feasibility, String expectedEffect, List<Suggestion> suggestions) {

    /** A suggestion under one of the eight remedies. */
    public record Suggestion(String remedy, String suggestion) {
    }

    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        TextRules.required(v, "feasibility", feasibility, 4000);
        TextRules.required(v, "expectedEffect", expectedEffect, 4000);
        if (suggestions == null || suggestions.isEmpty()) {
            v.add(new Violation("suggestions", "required", null));
            return v;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            String at = "suggestions[" + i + "]";
            if (s == null) {
                v.add(new Violation(at, "required", null));
                continue;
            }
            if (s.remedy() == null) {
                v.add(new Violation(at + ".remedy", "required", null));
            } else if (Arrays.stream(Remedy.values()).noneMatch(r -> r.name().equals(s.remedy()))) {
                v.add(new Violation(at + ".remedy", "one-of", s.remedy(), Arrays.toString(Remedy.values())));
            } else if (!seen.add(s.remedy())) {
                v.add(new Violation(at + ".remedy", "duplicate", s.remedy()));
            }
            TextRules.required(v, at + ".suggestion", s.suggestion(), 4000);
        }
        return v;
    }
}
