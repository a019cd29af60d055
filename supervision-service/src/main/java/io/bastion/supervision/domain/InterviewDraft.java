package io.bastion.supervision.domain;

import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An interview as the county records it: whom, by whom, when, on what grounds, the issues raised and the commitments made. */
public record InterviewDraft(String townshipCode, LocalDate interviewedOn, List<String> interviewers, List<Person> interviewees,
                             List<String> grounds, String issues, String commitments, LocalDate followUpBy) {

    /** Someone interviewed: a township's principal leader. */
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
        names(v, "grounds", grounds);
        TextRules.required(v, "issues", issues, 4000);
        TextRules.required(v, "commitments", commitments, 4000);
        if (followUpBy == null) {
            v.add(new Violation("followUpBy", "required", null));
        } else if (interviewedOn != null && !followUpBy.isAfter(interviewedOn)) {
            v.add(new Violation("followUpBy", "after-interview", followUpBy.toString(), interviewedOn.toString()));
        }
        return v;
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
