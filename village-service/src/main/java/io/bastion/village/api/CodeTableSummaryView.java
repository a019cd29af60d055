package io.bastion.village.api;

import io.bastion.village.domain.CodeTableSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

@Schema(name = "CodeTableImportSummary", description = "What an import of the code table did to divisions and villages, "
        + "or would do on a dry run. `rejected` lists at most 1000 lines.")
public record CodeTableSummaryView(boolean dryRun, int received, CodeTableSummary.Tally divisions, CodeTableSummary.Tally villages,
                                   int rejectedCount, List<ImportSummaryView.Rejected> rejected) {

    static CodeTableSummaryView of(CodeTableSummary s, Locale locale) {
        return new CodeTableSummaryView(s.dryRun(), s.received(), s.divisions(), s.villages(), s.rejectedCount(),
                ImportSummaryView.Rejected.of(s.rejected(), locale));
    }
}
