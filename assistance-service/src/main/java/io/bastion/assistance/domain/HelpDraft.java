package io.bastion.assistance.domain;

import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Help as it is reported: its kind, the village (or, for a training, the township), who gave it,
 * when, what, and the figures its kind carries. Money in 万元 with at most two decimals.
 */
public record HelpDraft(String kind, String villageCode, String townshipCode, UUID leaderId, UUID unitId, LocalDate date,
                        String title, String note, String projectKind, BigDecimal amount, BigDecimal lengthKm, Integer households,
                        BigDecimal areaM2, Integer sessions, Integer peopleTrained, Integer petitionRisksResolved) {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    public HelpKind helpKind() {
        return HelpKind.valueOf(kind);
    }

    /** The township the help belongs to: the village's, or the one named for a township-wide training. */
    public String township() {
        return villageCode != null ? villageCode.substring(0, 9) : townshipCode;
    }

    public List<Violation> violations(LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (kind == null) {
            v.add(new Violation("kind", "required", null));
            return v;
        }
        if (Arrays.stream(HelpKind.values()).noneMatch(k -> k.name().equals(kind))) {
            v.add(new Violation("kind", "one-of", kind, Arrays.toString(HelpKind.values())));
            return v;
        }
        HelpKind k = helpKind();
        where(v, k);
        if (leaderId != null && unitId != null) {
            v.add(new Violation("unitId", "one-giver", unitId.toString()));
        } else if (k.needsGiver() && leaderId == null && unitId == null) {
            v.add(new Violation("leaderId", "giver-required", null));
        }
        if (date == null) {
            v.add(new Violation("date", "required", null));
        } else if (date.isAfter(today)) {
            v.add(new Violation("date", "not-in-the-future", date.toString()));
        }
        TextRules.check(v, "title", title, 200, true);
        TextRules.check(v, "note", note, 2000, false);
        TextRules.check(v, "projectKind", projectKind, 50, false);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("projectKind", projectKind);
        figures.put("amount", amount);
        figures.put("lengthKm", lengthKm);
        figures.put("households", households);
        figures.put("areaM2", areaM2);
        figures.put("sessions", sessions);
        figures.put("peopleTrained", peopleTrained);
        figures.forEach((field, value) -> {
            if (k.figures().contains(field) && value == null) {
                v.add(new Violation(field, "required", null));
            } else if (!k.figures().contains(field) && value != null) {
                v.add(new Violation(field, "not-for-kind", String.valueOf(value), kind));
            }
        });
        money(v, "amount", amount, false);
        money(v, "lengthKm", lengthKm, true);
        money(v, "areaM2", areaM2, true);
        positive(v, "households", households);
        positive(v, "sessions", sessions);
        positive(v, "peopleTrained", peopleTrained);
        if (petitionRisksResolved != null) {
            if (k != HelpKind.PRACTICAL_MATTER) {
                v.add(new Violation("petitionRisksResolved", "not-for-kind", petitionRisksResolved.toString(), kind));
            } else {
                positive(v, "petitionRisksResolved", petitionRisksResolved);
            }
        }
        return v;
    }

    private void where(List<Violation> v, HelpKind k) {
        if (villageCode != null && !villageCode.matches("[0-9]{12}")) {
            v.add(new Violation("villageCode", "village-code", villageCode));
        }
        if (townshipCode != null && !townshipCode.matches("[0-9]{9}")) {
            v.add(new Violation("townshipCode", "township-code", townshipCode));
        }
        if (villageCode == null && (k != HelpKind.TRAINING || townshipCode == null)) {
            v.add(new Violation("villageCode", "required", null));
        }
        if (villageCode != null && townshipCode != null && !villageCode.startsWith(townshipCode)) {
            v.add(new Violation("townshipCode", "village-in-township", townshipCode, villageCode));
        }
    }

    private static void money(List<Violation> v, String field, BigDecimal value, boolean strictlyPositive) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || (strictlyPositive && value.signum() == 0)) {
            v.add(new Violation(field, strictlyPositive ? "positive" : "not-negative", value.toPlainString()));
        } else if (value.stripTrailingZeros().scale() > 2) {
            v.add(new Violation(field, "decimal-places", value.toPlainString(), 2));
        } else if (value.compareTo(MAX_AMOUNT) >= 0) {
            v.add(new Violation(field, "too-large", value.toPlainString()));
        }
    }

    private static void positive(List<Violation> v, String field, Integer value) {
        if (value != null && value < 1) {
            v.add(new Violation(field, "positive", value));
        }
    }
}
