package io.bastion.plan.api;

import io.bastion.plan.domain.Extension;
import io.bastion.plan.domain.Measure;
import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.ProgressEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "MeasureDetail", description = "A measure with its village, every progress report and every extension request")
public record MeasureDetailView(MeasureView measure, String villageCode, String townshipCode, boolean overdue,
                                List<Progress> progress, List<ExtensionView> extensions) {

    public record Progress(int percent, String note, List<String> evidence, boolean completes, String recordedBy,
                           OffsetDateTime recordedAt) {
    }

    static MeasureDetailView of(Plan plan, Measure m, LocalDate today, List<ProgressEntry> progress, List<Extension> extensions) {
        return new MeasureDetailView(MeasureView.of(m), plan.villageCode, plan.townshipCode, m.overdueOn(today),
                progress.stream().map(p -> new Progress(p.percent, p.note, List.of(p.evidence), p.completes, p.recordedBy,
                        p.recordedAt)).toList(),
                extensions.stream().map(ExtensionView::of).toList());
    }

    @Schema(name = "MeasureInQueue", description = "A measure in the county's queue, with where it belongs")
    public record Queued(MeasureView measure, UUID caseId, String villageCode, String townshipCode, boolean overdue) {

        static Queued of(Plan plan, Measure m, LocalDate today) {
            return new Queued(MeasureView.of(m), plan.caseId, plan.villageCode, plan.townshipCode, m.overdueOn(today));
        }
    }
}
