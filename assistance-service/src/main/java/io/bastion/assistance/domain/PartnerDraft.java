package io.bastion.assistance.domain;

import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A county leader or a unit as the county registers it: the account it signs in with, its name, and
 * a leader's post or a unit's kind.
 */
public record PartnerDraft(String account, String name, String post, String kind) {

    public List<Violation> violations(boolean unit) {
        List<Violation> v = new ArrayList<>();
        if (account == null || account.isBlank()) {
            v.add(new Violation("account", "required", null));
        } else if (!account.matches("[A-Za-z0-9@._-]{1,100}")) {
            v.add(new Violation("account", "account", account));
        }
        TextRules.required(v, "name", name, 100);
        if (unit) {
            if (post != null) {
                v.add(new Violation("post", "not-for-unit", post));
            }
            if (kind == null) {
                v.add(new Violation("kind", "required", null));
            } else if (Arrays.stream(UnitKind.values()).noneMatch(k -> k.name().equals(kind))) {
                v.add(new Violation("kind", "one-of", kind, Arrays.toString(UnitKind.values())));
            }
        } else {
            TextRules.required(v, "post", post, 100);
            if (kind != null) {
                v.add(new Violation("kind", "not-for-leader", kind));
            }
        }
        return v;
    }
}
