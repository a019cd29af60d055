package io.bastion.supervision.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChecklistTest {

    private static List<String> rules(List<Checklist.ItemDraft> items) {
        return Checklist.violations(items).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void weightsTotalExactlyOneHundred() {
        assertEquals(List.of(), rules(List.of(new Checklist.ItemDraft("TEAM", "班子", 60), new Checklist.ItemDraft("RULES", "制度", 40))));
        assertEquals(List.of("items:weights-total-100"),
                rules(List.of(new Checklist.ItemDraft("TEAM", "班子", 60), new Checklist.ItemDraft("RULES", "制度", 39))));
        assertEquals(List.of("items[1].code:duplicate", "items[1].weight:range"),
                rules(List.of(new Checklist.ItemDraft("TEAM", "班子", 60), new Checklist.ItemDraft("TEAM", "又一项", 0))));
        assertEquals(List.of("items:required"), rules(List.of()));
    }
}
