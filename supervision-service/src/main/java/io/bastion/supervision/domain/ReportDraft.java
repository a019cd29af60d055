package io.bastion.supervision.domain;

import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A weekly report as the township writes it: the case, the ISO week, progress, problems, next steps, attachments. */
public record ReportDraft(UUID caseId, String week, String progress, String problems, String nextSteps, List<String> attachments) {

    public List<String> attachmentList() {
        return attachments == null ? List.of() : attachments.stream().map(a -> a == null ? "" : a.trim()).toList();
    }

    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        if (caseId == null) {
            v.add(new Violation("caseId", "required", null));
        }
        ReportWeek.require("week", week, v);
        TextRules.check(v, "progress", progress, 4000, true);
        TextRules.check(v, "problems", problems, 4000, false);
        TextRules.check(v, "nextSteps", nextSteps, 4000, true);
        if (attachmentList().size() > 20) {
            v.add(new Violation("attachments", "max-items", attachmentList().size(), 20));
        }
        for (int i = 0; i < attachmentList().size(); i++) {
            if (attachmentList().get(i).isEmpty() || attachmentList().get(i).length() > 200) {
                v.add(new Violation("attachments[" + i + "]", "attachment-reference", attachmentList().get(i), 200));
            }
        }
        return v;
    }
}
