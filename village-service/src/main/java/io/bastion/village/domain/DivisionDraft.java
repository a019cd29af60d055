package io.bastion.village.domain;

import io.bastion.platform.domain.Violation;

import java.util.ArrayList;
import java.util.List;

/** A county or township as a client proposes it. */
public record DivisionDraft(String code, String name) {

    public static final int NAME_MAX_LENGTH = 100;

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>(DivisionCode.check("code", code));
        if (violations.isEmpty() && new DivisionCode(code).level() == DivisionLevel.VILLAGE) {
            violations.add(new Violation("code", "county-or-township-level", code));
        }
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "required", name));
        } else if (name.trim().length() > NAME_MAX_LENGTH) {
            violations.add(new Violation("name", "max-length", name, NAME_MAX_LENGTH));
        }
        return violations;
    }
}
