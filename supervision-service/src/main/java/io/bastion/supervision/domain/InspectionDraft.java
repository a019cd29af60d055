package io.bastion.supervision.domain;

import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An inspection as the inspectors record it: where, when, how, by whom, what they saw, and what they found. */
public record InspectionDraft(String kind, String villageCode, LocalDate inspectedOn, List<String> inspectors, String summary,
                              List<FindingDraft> findings) {

    /** A finding and the correction it requires by a deadline. */
    public record FindingDraft(String description, String severity, String correctionRequired, LocalDate correctionDeadline) {
    }

    public List<FindingDraft> findingList() {
        return findings == null ? List.of() : findings;
    }

    public List<Violation> violations(LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (kind == null) {
            v.add(new Violation("kind", "required", null));
        } else if (Arrays.stream(Inspection.Kind.values()).noneMatch(k -> k.name().equals(kind))) {
            v.add(new Violation("kind", "one-of", kind, Arrays.toString(Inspection.Kind.values())));
        }
        if (villageCode == null || !villageCode.matches("[0-9]{12}")) {
            v.add(new Violation("villageCode", villageCode == null ? "required" : "village-code", villageCode));
        }
        if (inspectedOn == null) {
            v.add(new Violation("inspectedOn", "required", null));
        } else if (inspectedOn.isAfter(today)) {
            v.add(new Violation("inspectedOn", "not-in-the-future", inspectedOn.toString()));
        }
        if (inspectors == null || inspectors.isEmpty()) {
            v.add(new Violation("inspectors", "required", null));
        } else {
            for (int i = 0; i < inspectors.size(); i++) {
                TextRules.required(v, "inspectors[" + i + "]", inspectors.get(i), 50);
            }
        }
        TextRules.required(v, "summary", summary, 4000);
        if (findingList().size() > 50) {
            v.add(new Violation("findings", "max-items", findingList().size(), 50));
        }
        for (int i = 0; i < findingList().size(); i++) {
            FindingDraft f = findingList().get(i);
            String at = "findings[" + i + "]";
            if (f == null) {
                v.add(new Violation(at, "required", null));
                continue;
            }
            TextRules.required(v, at + ".description", f.description(), 2000);
            if (f.severity() == null || Arrays.stream(Finding.Severity.values()).noneMatch(s -> s.name().equals(f.severity()))) {
                v.add(new Violation(at + ".severity", "one-of", f.severity(), Arrays.toString(Finding.Severity.values())));
            }
            TextRules.required(v, at + ".correctionRequired", f.correctionRequired(), 2000);
            if (f.correctionDeadline() == null) {
                v.add(new Violation(at + ".correctionDeadline", "required", null));
            } else if (inspectedOn != null && f.correctionDeadline().isBefore(inspectedOn)) {
                v.add(new Violation(at + ".correctionDeadline", "not-before-inspection", f.correctionDeadline().toString(),
                        inspectedOn.toString()));
            }
        }
        return v;
    }
}
