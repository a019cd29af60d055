package io.bastion.assistance.api;

import io.bastion.assistance.domain.Coverage;
import io.bastion.assistance.domain.Pairing;
import io.bastion.assistance.domain.PairingForm;
import io.bastion.cases.CaseFile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "CaseCoverage", description = "A case, its county-leader contact and the units paired with it")
public record CaseCoverageView(UUID caseId, String villageCode, String villageName, String townshipCode, int campaignYear,
                               String grade, String status, LocalDate rectifyDeadline,
                               @Schema(description = "the active county-leader contact; absent while the case has none") PairingView contact,
                               @Schema(description = "since when the case has had no contact") OffsetDateTime uncoveredSince,
                               @Schema(description = "whole days without a contact, up to now") Long uncoveredDays,
                               @Schema(description = "active pairings with units") List<PairingView> units) {

    /** The case's coverage from all its pairings, active and ended. */
    static CaseCoverageView of(CaseFile c, List<Pairing> pairings, OffsetDateTime now) {
        List<Pairing> active = pairings.stream().filter(p -> p.active).toList();
        PairingView contact = active.stream().filter(p -> p.form == PairingForm.COUNTY_LEADER_CONTACT).findFirst()
                .map(PairingView::of).orElse(null);
        OffsetDateTime uncoveredSince = Coverage.uncoveredSince(c, pairings);
        return new CaseCoverageView(c.caseId, c.villageCode, c.villageName, c.townshipCode, c.campaignYear, c.grade, c.status,
                c.rectifyDeadline, contact, uncoveredSince, uncoveredSince == null ? null : Duration.between(uncoveredSince, now).toDays(),
                active.stream().filter(p -> p.form != PairingForm.COUNTY_LEADER_CONTACT).map(PairingView::of).toList());
    }
}
