package io.bastion.supervision.api;

import java.util.List;
import io.bastion.supervision.domain.AssessmentDraft;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.supervision.domain.Acceptance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Acceptance", description = "An acceptance of a case: requested, then scored against the checklist with the satisfaction survey")
public record AcceptanceView(UUID id, UUID caseId, String villageCode, String townshipCode,
                             @Schema(description = "the case's first, second, … acceptance") int round,
                             @Schema(description = "REQUESTED, PASSED or FAILED") String status, String requestNote, String requestedBy,
                             OffsetDateTime requestedAt, List<AssessmentDraft.ItemScore> scores,
                             @Schema(description = "of 100; passing needs at least 70") BigDecimal score, AssessmentDraft.Survey partyMembers,
                             AssessmentDraft.Survey representatives, @Schema(description = "for a failed acceptance") LocalDate newDeadline,
                             String assessmentNote, String assessedBy, OffsetDateTime assessedAt, int version) {

    static AcceptanceView of(Acceptance a, ObjectMapper json) {
        List<AssessmentDraft.ItemScore> scores;
        try {
            scores = a.scores == null ? null : json.readValue(a.scores, new TypeReference<List<AssessmentDraft.ItemScore>>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("acceptance " + a.id + " holds scores that are not JSON", e);
        }
        return new AcceptanceView(a.id, a.caseId, a.villageCode, a.townshipCode, a.round, a.status.name(), a.requestNote,
                a.requestedBy, a.requestedAt, scores, a.score,
                a.partyMembersRespondents == null ? null : new AssessmentDraft.Survey(a.partyMembersRespondents, a.partyMembersDissatisfied),
                a.representativesRespondents == null ? null : new AssessmentDraft.Survey(a.representativesRespondents, a.representativesDissatisfied),
                a.newDeadline, a.assessmentNote, a.assessedBy, a.assessedAt, a.version);
    }
}
