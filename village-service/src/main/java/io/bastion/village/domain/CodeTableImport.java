package io.bastion.village.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.persistence.TransactionOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports the official division code table: counties and townships are registered or renamed,
 * parents before children whatever the file's order, and villages go through the village import
 * with their other figures kept. A dry run does all of it and rolls back, so that villages can be
 * checked against townships that the same file brings.
 */
@ApplicationScoped
public class CodeTableImport {

    @Inject
    EntityManager em;

    @Inject
    VillageImport villages;

    @Inject
    DivisionRegistry divisionRegistry;

    @Inject
    AuditTrail audit;

    @Inject
    TransactionOutcomes transactions;

    @Transactional
    public CodeTableSummary run(List<CodeTableRow> rows, String scopePrefix, boolean dryRun, Actor actor) {
        List<ImportSummary.RejectedLine> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<CodeTableRow> divisions = new ArrayList<>();
        List<CodeTableRow> villageRows = new ArrayList<>();
        for (CodeTableRow row : rows) {
            List<Violation> violations = violations(row, scopePrefix, seen);
            if (!violations.isEmpty()) {
                rejected.add(new ImportSummary.RejectedLine(row.line(), row.code(), violations));
            } else if (new DivisionCode(row.code()).level() == DivisionLevel.VILLAGE) {
                villageRows.add(row);
            } else {
                divisions.add(row);
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        divisions.sort(Comparator.comparing((CodeTableRow r) -> new DivisionCode(r.code()).level()).thenComparing(CodeTableRow::code));
        for (CodeTableRow row : divisions) {
            DivisionCode code = new DivisionCode(row.code());
            Division existing = em.find(Division.class, row.code());
            if (existing != null) {
                if (existing.name.equals(row.name().trim())) {
                    unchanged++;
                } else {
                    divisionRegistry.rename(existing, row.name());
                    updated++;
                }
                continue;
            }
            String parent = code.parent().map(DivisionCode::value).orElse(null);
            if (parent != null && em.find(Division.class, parent) == null) {
                rejected.add(new ImportSummary.RejectedLine(row.line(), row.code(),
                        List.of(new Violation("code", "parent-exists", row.code(), parent))));
                continue;
            }
            divisionRegistry.create(code, row.name());
            created++;
        }
        ImportSummary villageSummary = villages.run(villageLines(villageRows).iterator(), scopePrefix, false, actor);
        rejected.addAll(villageSummary.rejected());
        rejected.sort(Comparator.comparingLong(ImportSummary.RejectedLine::line));
        CodeTableSummary summary = new CodeTableSummary(dryRun, rows.size(), new CodeTableSummary.Tally(created, updated, unchanged),
                new CodeTableSummary.Tally(villageSummary.created(), villageSummary.updated(), villageSummary.unchanged()),
                rejected.size(), rejected.subList(0, Math.min(rejected.size(), VillageImport.REJECTED_LISTED)));
        audit.record(actor, "division.import", "division", scopePrefix, scopePrefix, Map.of("received", summary.received(),
                "divisions", summary.divisions(), "villages", summary.villages(), "rejected", summary.rejectedCount()));
        if (dryRun) {
            transactions.rollBackOnPurpose();
        }
        return summary;
    }

    private List<Violation> violations(CodeTableRow row, String scopePrefix, Set<String> seen) {
        List<Violation> violations = new ArrayList<>(DivisionCode.check("code", row.code()));
        if (row.name() == null || row.name().isBlank()) {
            violations.add(new Violation("name", "required", row.name()));
        } else if (row.name().trim().length() > DivisionDraft.NAME_MAX_LENGTH) {
            violations.add(new Violation("name", "max-length", row.name(), DivisionDraft.NAME_MAX_LENGTH));
        }
        if (violations.stream().noneMatch(v -> v.field().equals("code"))) {
            if (!row.code().startsWith(scopePrefix)) {
                violations.add(new Violation("code", "out-of-scope", row.code(), scopePrefix));
            }
            if (!seen.add(row.code())) {
                violations.add(new Violation("code", "duplicate-in-file", row.code()));
            }
        }
        return violations;
    }

    /** Each village line as a draft: its name and class from the table, the rest as the register has it. */
    private List<ImportLine> villageLines(List<CodeTableRow> rows) {
        em.flush();
        List<ImportLine> lines = new ArrayList<>(rows.size());
        for (CodeTableRow row : rows) {
            Village current = em.find(Village.class, row.code());
            VillageDraft draft = current == null || current.removed
                    ? new VillageDraft(row.code(), row.name(), row.urbanRuralClass(), null, null, null, null)
                    : new VillageDraft(row.code(), row.name(), row.urbanRuralClass(), current.households, current.population,
                    current.partyMembers, current.partyOrganizationForm == null ? null : current.partyOrganizationForm.name());
            lines.add(new ImportLine(row.line(), draft, List.of()));
        }
        em.clear();
        return lines;
    }
}
