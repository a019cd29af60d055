package io.bastion.village.api;

import io.bastion.platform.problem.Problem;
import io.bastion.village.domain.ImportSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

@Schema(name = "ImportSummary", description = "What a bulk import did, or would do on a dry run. `rejected` lists at most 1000 lines.")
public record ImportSummaryView(boolean dryRun, int received, int created, int updated, int unchanged,
                                int rejectedCount, List<Rejected> rejected) {

    /** A line not imported: its number in the file, its code, and every rule it broke. */
    public record Rejected(long line, String code, List<Problem.FieldError> errors) {

        static List<Rejected> of(List<ImportSummary.RejectedLine> lines, Locale locale) {
            return lines.stream().map(r -> new Rejected(r.line(), r.code(), r.errors().stream()
                    .map(v -> Problem.FieldError.of(v, locale))
                    .toList())).toList();
        }
    }

    static ImportSummaryView of(ImportSummary s, Locale locale) {
        return new ImportSummaryView(s.dryRun(), s.received(), s.created(), s.updated(), s.unchanged(), s.rejectedCount(),
                Rejected.of(s.rejected(), locale));
    }
}
