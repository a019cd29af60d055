package io.bastion.supervision.domain;

import io.bastion.platform.domain.Violation;
import io.bastion.supervision.domain.AccountabilityDraft.Ground;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * What holding someone to account on a ground rests on: the record of the failing, in the township
 * held to account. A failed acceptance names an acceptance that failed; an inspection finding a
 * finding of one of its villages; an interview not kept an interview of the township whose follow-up
 * found the commitments broken; overdue measures a measure that went overdue there. Weekly reports
 * and other grounds may name what they rest on in words, or nothing.
 */
public final class AccountabilityEvidence {

    /** The query that finds the record a ground names, given its id (?1) and the township (?2); one row if it is there. */
    static final Map<Ground, String> RECORDS = Map.of(
            Ground.FAILED_ACCEPTANCE, "select 1 from acceptance where id = ?1 and township_code = ?2 and status = 'FAILED'",
            Ground.INSPECTION_FINDING, "select 1 from inspection_finding f join inspection i on i.id = f.inspection_id"
                    + " where f.id = ?1 and i.township_code = ?2",
            Ground.INTERVIEW_NOT_KEPT, "select 1 from interview where id = ?1 and township_code = ?2 and kept = false",
            Ground.OVERDUE_MEASURES, "select 1 from overdue_measure where measure_id = ?1 and township_code = ?2");

    private AccountabilityEvidence() {
    }

    /**
     * The violation of the reference, if any: a ground that rests on a record needs the record's id,
     * and {@code exists} must find it by the ground's query (of the township held to account) and the id.
     */
    public static Optional<Violation> check(Ground ground, String reference, BiPredicate<String, UUID> exists) {
        String query = RECORDS.get(ground);
        if (query == null) {
            return Optional.empty();
        }
        if (reference == null || reference.isBlank()) {
            return Optional.of(new Violation("reference", "required-for-ground", null, ground.name()));
        }
        UUID id = uuid(reference.trim());
        return id != null && exists.test(query, id) ? Optional.empty()
                : Optional.of(new Violation("reference", "record-of-ground", reference, ground.name()));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
