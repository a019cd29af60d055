package io.bastion.plan.api;

import io.bastion.plan.domain.AuditRule;
import io.bastion.plan.domain.Finding;
import io.bastion.platform.problem.Messages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@Schema(name = "AuditFindings", description = "The machine check of the three no-pass rules (三个不放过) on the plan as it stands")
public record FindingsView(UUID planId, LocalDate checkedOn, LocalDate campaignEnd,
                           @Schema(description = "all three rules pass the machine check") boolean passed, List<Rule> rules) {

    public record Rule(@Schema(description = "PROBLEMS_ACCURATE, MEASURES_ACTIONABLE or OWNER_AND_DEADLINE") String rule,
                       String title, boolean passed, List<Item> findings) {
    }

    public record Item(@Schema(description = "stable code, e.g. category-not-addressed") String code,
                       @Schema(description = "the category, problem key or measure key it is about") String subject,
                       String message) {
    }

    static FindingsView of(UUID planId, LocalDate today, LocalDate campaignEnd, Map<AuditRule, List<Finding>> findings, Locale locale) {
        List<Rule> rules = findings.entrySet().stream().map(e -> new Rule(e.getKey().name(),
                Messages.get(locale, "audit-rule." + e.getKey().name()), e.getValue().isEmpty(),
                e.getValue().stream().map(f -> new Item(f.code(), f.subject(),
                        Messages.get(locale, "finding." + f.code(), f.subject()))).toList())).toList();
        return new FindingsView(planId, today, campaignEnd, rules.stream().allMatch(Rule::passed), rules);
    }
}
