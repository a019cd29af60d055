package io.bastion.village.domain;

import java.util.List;

/** What an import of the code table did, or would do on a dry run, to divisions and to villages. */
public record CodeTableSummary(boolean dryRun, int received, Tally divisions, Tally villages, int rejectedCount,
                               List<ImportSummary.RejectedLine> rejected) {

    public record Tally(int created, int updated, int unchanged) {
    }
}
