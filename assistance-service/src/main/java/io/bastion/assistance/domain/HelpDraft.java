package io.bastion.assistance.domain;

import io.bastion.platform.domain.CampaignYears;
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

    /** 万元: ten million yuan is more than any one project or donation a village receives. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000");
    static final BigDecimal MAX_LENGTH_KM = new BigDecimal("100");
    static final BigDecimal MAX_AREA_M2 = new BigDecimal("100000");
    static final int MAX_HOUSEHOLDS = 10_000;
    /** Sessions of one training, as one record. */
    static final int MAX_SESSIONS = 100;
    static final int MAX_PEOPLE_TRAINED = 10_000;
    static final int MAX_PETITION_RISKS = 100;

    public HelpKind helpKind() {
        return HelpKind.valueOf(kind);
    }

    /** The township the help belongs to: the village's, or the one named for a township-wide training. */
    public String township() {
        // Before validation, a village code may be anything: only a code's own township counts.
        return villageCode != null && villageCode.matches("[0-9]{12}") ? villageCode.substring(0, 9) : townshipCode;
    }

    /**
     * Every rule the record breaks on {@code today}. The figures' bounds are what one record of help
     * can plausibly carry; a larger figure is a typing error that would sit in the stage report for good.
     */
    public List<Violation> violations(LocalDate today) {
        List<Violation> v = new ArrayList<>();
        HelpKind k = null;
        if (kind == null) {
            v.add(new Violation("kind", "required", null));
        } else if (Arrays.stream(HelpKind.values()).noneMatch(known -> known.name().equals(kind))) {
            v.add(new Violation("kind", "one-of", kind, Arrays.toString(HelpKind.values())));
        } else {
            k = helpKind();
        }
        if (k != null) {
            where(v, k);
            givers(v, k);
            figuresOfKind(v, k);
        }
        if (date == null) {
            v.add(new Violation("date", "required", null));
        } else if (date.isAfter(today)) {
            v.add(new Violation("date", "not-in-the-future", date.toString()));
        } else if (date.getYear() < CampaignYears.FIRST) {
            v.add(new Violation("date", "in-a-campaign", date.toString(), CampaignYears.FIRST));
        }
        TextRules.check(v, "title", title, 200, true);
        TextRules.check(v, "note", note, 2000, false);
        TextRules.check(v, "projectKind", projectKind, 50, false);
        money(v, "amount", amount, false, MAX_AMOUNT);
        money(v, "lengthKm", lengthKm, true, MAX_LENGTH_KM);
        money(v, "areaM2", areaM2, true, MAX_AREA_M2);
        positive(v, "households", households, MAX_HOUSEHOLDS);
        positive(v, "sessions", sessions, MAX_SESSIONS);
        positive(v, "peopleTrained", peopleTrained, MAX_PEOPLE_TRAINED);
        positive(v, "petitionRisksResolved", petitionRisksResolved, MAX_PETITION_RISKS);
        return v;
    }

    private void givers(List<Violation> v, HelpKind k) {
        if (leaderId != null && unitId != null) {
            v.add(new Violation("unitId", "one-giver", unitId.toString()));
        } else if (k.needsGiver() && leaderId == null && unitId == null) {
            v.add(new Violation("leaderId", "giver-required", null));
        }
    }

    /** The figures the kind of help carries are there, and no others. */
    private void figuresOfKind(List<Violation> v, HelpKind k) {
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
        if (petitionRisksResolved != null && k != HelpKind.PRACTICAL_MATTER) {
            v.add(new Violation("petitionRisksResolved", "not-for-kind", petitionRisksResolved.toString(), kind));
        }
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

    private static void money(List<Violation> v, String field, BigDecimal value, boolean strictlyPositive, BigDecimal max) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || (strictlyPositive && value.signum() == 0)) {
            v.add(new Violation(field, strictlyPositive ? "positive" : "not-negative", value.toPlainString()));
        } else if (value.compareTo(max) > 0) {
            v.add(new Violation(field, "at-most", value.toPlainString(), max.toPlainString()));
        } else if (value.stripTrailingZeros().scale() > 2) {
            v.add(new Violation(field, "decimal-places", value.toPlainString(), 2));
        }
    }

    private static void positive(List<Violation> v, String field, Integer value, int max) {
        if (value == null) {
            return;
        }
        if (value < 1) {
            v.add(new Violation(field, "positive", value));
        } else if (value > max) {
            v.add(new Violation(field, "at-most", value, String.valueOf(max)));
        }
    }
}
