package io.bastion.plan.domain;

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
        required(v, "feasibility", feasibility);
        required(v, "expectedEffect", expectedEffect);
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
            required(v, at + ".suggestion", s.suggestion());
        }
        return v;
    }

    private static void required(List<Violation> v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(new Violation(field, "required", null));
        } else if (text.length() > 4000) {
            v.add(new Violation(field, "max-length", text.length(), 4000));
        }
    }
}
