package io.bastion.village.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.village.events.VillageStateChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports many villages at once: each line is registered, updated, found unchanged or rejected with
 * every rule it broke. All of it is one transaction, written in JDBC batches a chunk at a time, with
 * one event per village that changed and one audit entry for the import. A dry run does all the
 * checking and writes nothing.
 */
@ApplicationScoped
public class VillageImport {

    public static final int REJECTED_LISTED = 1000;
    private static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    @Inject
    VillageChanges changes;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    /** {@code scopePrefix}: lines outside the caller's division are rejected, not imported. */
    @Transactional
    public ImportSummary run(Iterator<ImportLine> lines, String scopePrefix, boolean dryRun, Actor actor) {
        Set<String> townships = new HashSet<>(em.createQuery(
                "select d.code from Division d where d.level = :level", String.class)
                .setParameter("level", DivisionLevel.TOWNSHIP).getResultList());
        Tally tally = new Tally();
        Set<String> seen = new HashSet<>();
        List<ImportLine> chunk = new ArrayList<>(CHUNK);
        while (lines.hasNext()) {
            chunk.add(lines.next());
            if (chunk.size() == CHUNK) {
                importChunk(chunk, townships, seen, scopePrefix, dryRun, tally);
                chunk.clear();
            }
        }
        importChunk(chunk, townships, seen, scopePrefix, dryRun, tally);
        ImportSummary summary = new ImportSummary(dryRun, tally.received, tally.created, tally.updated, tally.unchanged,
                tally.rejectedCount, tally.rejected);
        if (!dryRun) {
            audit.record(actor, "village.import", "village", "*", scopePrefix, Map.of("received", summary.received(),
                    "created", summary.created(), "updated", summary.updated(), "unchanged", summary.unchanged(),
                    "rejected", summary.rejectedCount()));
        }
        return summary;
    }

    private void importChunk(List<ImportLine> chunk, Set<String> townships, Set<String> seen, String scopePrefix,
                             boolean dryRun, Tally tally) {
        if (chunk.isEmpty()) {
            return;
        }
        List<ImportLine> valid = new ArrayList<>();
        for (ImportLine line : chunk) {
            tally.received++;
            List<Violation> violations = violations(line, townships, seen, scopePrefix);
            if (violations.isEmpty()) {
                valid.add(line);
            } else {
                tally.reject(line, violations);
            }
        }
        Map<String, Village> existing = existing(valid);
        List<Village> toCreate = new ArrayList<>();
        List<Village> toUpdate = new ArrayList<>();
        OffsetDateTime now = Now.timestamp();
        for (ImportLine line : valid) {
            VillageDraft draft = line.draft();
            Village current = existing.get(draft.code());
            if (current != null && current.matches(draft)) {
                tally.unchanged++;
                continue;
            }
            Village next = new Village();
            next.code = draft.code();
            next.townshipCode = draft.code().substring(0, 9) + "000";
            next.apply(draft);
            next.createdAt = current == null ? now : current.createdAt;
            next.updatedAt = now;
            if (current == null) {
                next.version = 0;
                toCreate.add(next);
            } else {
                // A removed village brought back by the import counts as registered again.
                next.version = current.version + 1;
                (current.removed ? toCreate : toUpdate).add(next);
            }
        }
        tally.created += toCreate.size();
        tally.updated += toUpdate.size();
        // Nothing loaded here is changed through JPA; clearing keeps memory flat over a long import.
        em.flush();
        em.clear();
        if (dryRun || (toCreate.isEmpty() && toUpdate.isEmpty())) {
            return;
        }
        List<Long> positions = changes.next(toCreate.size() + toUpdate.size());
        int i = 0;
        for (Village v : toCreate) {
            v.changeSeq = positions.get(i++);
        }
        for (Village v : toUpdate) {
            v.changeSeq = positions.get(i++);
        }
        write(toCreate, existing, toUpdate);
        List<VillageStateChanged> events = new ArrayList<>();
        toCreate.forEach(v -> events.add(VillageStateChanged.registered(v)));
        toUpdate.forEach(v -> events.add(VillageStateChanged.updated(v)));
        outbox.appendAll(events);
    }

    private List<Violation> violations(ImportLine line, Set<String> townships, Set<String> seen, String scopePrefix) {
        List<Violation> violations = new ArrayList<>(line.readProblems());
        VillageDraft draft = line.draft();
        violations.addAll(draft.violations());
        boolean codeValid = violations.stream().noneMatch(v -> "code".equals(v.field()));
        if (codeValid) {
            if (!draft.code().startsWith(scopePrefix)) {
                violations.add(new Violation("code", "out-of-scope", draft.code(), scopePrefix));
            } else if (!townships.contains(draft.code().substring(0, 9) + "000")) {
                violations.add(new Violation("code", "parent-exists", draft.code(), draft.code().substring(0, 9) + "000"));
            }
            if (!seen.add(draft.code())) {
                violations.add(new Violation("code", "duplicate-in-file", draft.code()));
            }
        }
        return violations;
    }

    private Map<String, Village> existing(List<ImportLine> lines) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        Map<String, Village> byCode = new HashMap<>();
        em.createQuery("from Village v where v.code in :codes", Village.class)
                .setParameter("codes", lines.stream().map(l -> l.draft().code()).toList())
                .getResultList()
                .forEach(v -> byCode.put(v.code, v));
        return byCode;
    }

    /** Inserts new villages and overwrites changed ones (revived ones included) in two JDBC batches. */
    private void write(List<Village> toCreate, Map<String, Village> existing, List<Village> toUpdate) {
        List<Village> inserts = toCreate.stream().filter(v -> !existing.containsKey(v.code)).toList();
        List<Village> overwrites = new ArrayList<>(toUpdate);
        toCreate.stream().filter(v -> existing.containsKey(v.code)).forEach(overwrites::add);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into village (code, township_code, name,"
                    + " urban_rural_class, households, population, party_members, party_organization_form, version,"
                    + " change_seq, removed, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)")) {
                for (Village v : inserts) {
                    insert.setString(1, v.code);
                    insert.setString(2, v.townshipCode);
                    setFields(insert, 3, v);
                    insert.setInt(9, v.version);
                    insert.setLong(10, v.changeSeq);
                    insert.setTimestamp(11, Timestamp.from(v.createdAt.toInstant()));
                    insert.setTimestamp(12, Timestamp.from(v.updatedAt.toInstant()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = connection.prepareStatement("update village set name = ?, urban_rural_class = ?,"
                    + " households = ?, population = ?, party_members = ?, party_organization_form = ?, version = ?,"
                    + " change_seq = ?, removed = false, updated_at = ? where code = ?")) {
                for (Village v : overwrites) {
                    setFields(update, 1, v);
                    update.setInt(7, v.version);
                    update.setLong(8, v.changeSeq);
                    update.setTimestamp(9, Timestamp.from(v.updatedAt.toInstant()));
                    update.setString(10, v.code);
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /** name, class, households, population, Party members, organization form from {@code first} on. */
    private static void setFields(PreparedStatement statement, int first, Village v) throws SQLException {
        statement.setString(first, v.name);
        statement.setString(first + 1, v.urbanRuralClass);
        setInteger(statement, first + 2, v.households);
        setInteger(statement, first + 3, v.population);
        setInteger(statement, first + 4, v.partyMembers);
        statement.setString(first + 5, v.partyOrganizationForm == null ? null : v.partyOrganizationForm.name());
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static final class Tally {
        int received;
        int created;
        int updated;
        int unchanged;
        int rejectedCount;
        final List<ImportSummary.RejectedLine> rejected = new ArrayList<>();

        void reject(ImportLine line, List<Violation> violations) {
            rejectedCount++;
            if (rejected.size() < REJECTED_LISTED) {
                rejected.add(new ImportSummary.RejectedLine(line.line(), line.draft().code(), violations));
            }
        }
    }
}
