package io.bastion.plan.domain;

import io.bastion.platform.domain.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * What the township reports of a measure: how far it has got (percent; a completion is 100), a note
 * and references to the evidence kept elsewhere (document numbers, photo ids).
 */
public record ProgressReport(Integer percent, String note, List<String> evidence) {

    static final int MAX_EVIDENCE = 20;

    public List<String> evidenceList() {
        return evidence == null ? List.of() : evidence.stream().map(e -> e == null ? "" : e.trim()).toList();
    }

    /** Every rule the report breaks for a measure now at {@code current} percent. */
    public List<Violation> violations(int current, boolean completing) {
        List<Violation> v = new ArrayList<>();
        if (!completing) {
            if (percent == null) {
                v.add(new Violation("percent", "required", null));
            } else if (percent < 0 || percent > 100) {
                v.add(new Violation("percent", "range", percent, 0, 100));
            } else if (percent < current) {
                v.add(new Violation("percent", "not-backwards", percent, current));
            }
        }
        if (note == null || note.isBlank()) {
            v.add(new Violation("note", "required", null));
        } else if (note.length() > 2000) {
            v.add(new Violation("note", "max-length", note.length(), 2000));
        }
        if (evidenceList().size() > MAX_EVIDENCE) {
            v.add(new Violation("evidence", "max-items", evidenceList().size(), MAX_EVIDENCE));
        }
        for (int i = 0; i < evidenceList().size(); i++) {
            String ref = evidenceList().get(i);
            if (ref.isEmpty() || ref.length() > 200) {
                v.add(new Violation("evidence[" + i + "]", "evidence-reference", ref, 200));
            }
        }
        return v;
    }
}
