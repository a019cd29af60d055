package io.bastion.village.domain;

import io.bastion.platform.domain.Violation;

import java.util.List;

/**
 * What a bulk import did, or would do on a dry run. {@code rejected} lists at most
 * {@link VillageImport#REJECTED_LISTED} lines; {@code rejectedCount} counts them all.
 */
public record ImportSummary(boolean dryRun, int received, int created, int updated, int unchanged,
                            int rejectedCount, List<RejectedLine> rejected) {

    /** A line that was not imported, and every rule it broke. */
    public record RejectedLine(long line, String code, List<Violation> errors) {
    }
}
