package io.bastion.supervision.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An accountability decision as the county records it. */
public record AccountabilityDraft(String townshipCode, String villageCode, String failedTask, String ground, String reference,
                                  List<Person> persons, LocalDate decidedOn, String decidedBy) {

    public enum Ground { WEEKLY_REPORTS, OVERDUE_MEASURES, FAILED_ACCEPTANCE, INSPECTION_FINDING, INTERVIEW_NOT_KEPT, OTHER }

    /** Someone held to account, and the sanction (e.g. 诫勉谈话, 通报批评, 党内警告). */
    @Schema(name = "SanctionedPerson", description = "Someone held accountable, and the sanction")
    public record Person(String name, String post, String unit, String sanction) {
    }

    public String township() {
        // Before validation, a village code may be anything: only a code's own township counts.
        return villageCode != null && villageCode.matches("[0-9]{12}") ? villageCode.substring(0, 9) : townshipCode;
    }

    public List<Violation> violations(LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (villageCode != null && !villageCode.matches("[0-9]{12}")) {
            v.add(new Violation("villageCode", "village-code", villageCode));
        }
        if (townshipCode != null && !townshipCode.matches("[0-9]{9}")) {
            v.add(new Violation("townshipCode", "township-code", townshipCode));
        } else if (townshipCode == null && villageCode == null) {
            v.add(new Violation("townshipCode", "required", null));
        } else if (townshipCode != null && villageCode != null && !villageCode.startsWith(townshipCode)) {
            v.add(new Violation("villageCode", "village-in-township", villageCode, townshipCode));
        }
        TextRules.required(v, "failedTask", failedTask, 2000);
        if (ground == null || Arrays.stream(Ground.values()).noneMatch(g -> g.name().equals(ground))) {
            v.add(new Violation("ground", "one-of", ground, Arrays.toString(Ground.values())));
        }
        if (reference != null && reference.length() > 200) {
            v.add(new Violation("reference", "max-length", reference.length(), 200));
        }
        if (persons == null || persons.isEmpty()) {
            v.add(new Violation("persons", "required", null));
        } else {
            for (int i = 0; i < persons.size(); i++) {
                Person p = persons.get(i);
                String at = "persons[" + i + "]";
                TextRules.required(v, at + ".name", p == null ? null : p.name(), 50);
                TextRules.required(v, at + ".post", p == null ? null : p.post(), 100);
                TextRules.required(v, at + ".sanction", p == null ? null : p.sanction(), 100);
            }
        }
        if (decidedOn == null) {
            v.add(new Violation("decidedOn", "required", null));
        } else if (decidedOn.isAfter(today)) {
            v.add(new Violation("decidedOn", "not-in-the-future", decidedOn.toString()));
        }
        TextRules.required(v, "decidedBy", decidedBy, 100);
        return v;
    }
}
