package io.bastion.supervision.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An interview as the county records it: whom, by whom, when, on what grounds, the issues raised and
 * the commitments made. The grounds are codes, so they can be counted and matched with the proposals;
 * the issues say the rest in words.
 */
public record InterviewDraft(String townshipCode, LocalDate interviewedOn, List<String> interviewers, List<Person> interviewees,
                             List<String> grounds, String issues, String commitments, LocalDate followUpBy) {

    /**
     * Why a township's leaders are interviewed: the proposal rules (reports missed, measures overdue,
     * acceptances failed), findings of inspections, progress slow or measures weak by the county's own
     * judgement, or another reason the issues explain.
     */
    public enum Ground { MISSED_REPORTS, OVERDUE_MEASURES, FAILED_ACCEPTANCES, INSPECTION_FINDINGS, SLOW_PROGRESS, OTHER }

    /** Someone interviewed: a township's principal leader. */
    @Schema(name = "Interviewee", description = "Someone interviewed, and their post")
    public record Person(String name, String post) {
    }

    public List<Violation> violations(LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (townshipCode == null || !townshipCode.matches("[0-9]{9}")) {
            v.add(new Violation("townshipCode", townshipCode == null ? "required" : "township-code", townshipCode));
        }
        if (interviewedOn == null) {
            v.add(new Violation("interviewedOn", "required", null));
        } else if (interviewedOn.isAfter(today)) {
            v.add(new Violation("interviewedOn", "not-in-the-future", interviewedOn.toString()));
        }
        names(v, "interviewers", interviewers);
        if (interviewees == null || interviewees.isEmpty()) {
            v.add(new Violation("interviewees", "required", null));
        } else {
            for (int i = 0; i < interviewees.size(); i++) {
                Person p = interviewees.get(i);
                TextRules.required(v, "interviewees[" + i + "].name", p == null ? null : p.name(), 50);
                TextRules.required(v, "interviewees[" + i + "].post", p == null ? null : p.post(), 100);
            }
        }
        grounds(v);
        TextRules.required(v, "issues", issues, 4000);
        TextRules.required(v, "commitments", commitments, 4000);
        if (followUpBy == null) {
            v.add(new Violation("followUpBy", "required", null));
        } else if (interviewedOn != null && !followUpBy.isAfter(interviewedOn)) {
            v.add(new Violation("followUpBy", "after-interview", followUpBy.toString(), interviewedOn.toString()));
        }
        return v;
    }

    private void grounds(List<Violation> v) {
        if (grounds == null || grounds.isEmpty()) {
            v.add(new Violation("grounds", "required", null));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < grounds.size(); i++) {
            String ground = grounds.get(i);
            if (ground == null || Arrays.stream(Ground.values()).noneMatch(g -> g.name().equals(ground))) {
                v.add(new Violation("grounds[" + i + "]", "one-of", ground, Arrays.toString(Ground.values())));
            } else if (!seen.add(ground)) {
                v.add(new Violation("grounds[" + i + "]", "duplicate", ground));
            }
        }
    }

    private static void names(List<Violation> v, String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            v.add(new Violation(field, "required", null));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            TextRules.required(v, field + "[" + i + "]", values.get(i), 200);
        }
    }
}
