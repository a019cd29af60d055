package io.bastion.plan.api;

import io.bastion.cases.CaseFile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "CaseFile", description = "A case as plan-service knows it from village-service's events, with its plan if it has one")
public record CaseFileView(UUID caseId, String villageCode, String villageName, String townshipCode, int campaignYear,
                           List<String> categories, String grade, String status, LocalDate rectifyDeadline,
                           @Schema(description = "the case's plan, absent while it has none") UUID planId) {

    static CaseFileView of(CaseFile c, UUID planId) {
        return new CaseFileView(c.caseId, c.villageCode, c.villageName, c.townshipCode, c.campaignYear, c.categoryList(),
                c.grade, c.status, c.rectifyDeadline, planId);
    }
}
