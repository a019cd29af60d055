package io.bastion.village.domain;

import io.bastion.platform.domain.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a client proposes a village to be. {@link #violations()} finds every rule it breaks at once,
 * so one answer tells the client everything to fix.
 */
public record VillageDraft(
        String code,
        String name,
        String urbanRuralClass,
        Integer households,
        Integer population,
        Integer partyMembers,
        String partyOrganizationForm) {

    public static final int NAME_MAX_LENGTH = 100;

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>(DivisionCode.checkVillage("code", code));
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "required", name));
        } else if (name.trim().length() > NAME_MAX_LENGTH) {
            violations.add(new Violation("name", "max-length", name, NAME_MAX_LENGTH));
        }
        if (urbanRuralClass == null) {
            violations.add(new Violation("urbanRuralClass", "required", null));
        } else if (UrbanRuralClass.fromCode(urbanRuralClass).isEmpty()) {
            violations.add(new Violation("urbanRuralClass", "urban-rural-class", urbanRuralClass));
        }
        notNegative(violations, "households", households);
        notNegative(violations, "population", population);
        notNegative(violations, "partyMembers", partyMembers);
        if (partyMembers != null && population != null && partyMembers > population) {
            violations.add(new Violation("partyMembers", "party-members-within-population", partyMembers, population));
        }
        if (partyOrganizationForm != null
                && Arrays.stream(PartyOrganizationForm.values()).noneMatch(f -> f.name().equals(partyOrganizationForm))) {
            violations.add(new Violation("partyOrganizationForm", "one-of", partyOrganizationForm,
                    Arrays.toString(PartyOrganizationForm.values())));
        }
        return violations;
    }

    private static void notNegative(List<Violation> violations, String field, Integer value) {
        if (value != null && value < 0) {
            violations.add(new Violation(field, "not-negative", value));
        }
    }
}
