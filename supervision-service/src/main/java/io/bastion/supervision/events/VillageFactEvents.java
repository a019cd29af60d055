package io.bastion.supervision.events;

import io.bastion.cases.CaseFiles;
import io.bastion.cases.VillageEventHandlers;
import io.bastion.platform.events.IncomingEvent;
import io.bastion.supervision.domain.DivisionNames;
import io.bastion.supervision.domain.VillageFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.function.Consumer;

/**
 * From village-service's events: the county's figures (cases with their talks, teams, each
 * village's year) and the names of its divisions.
 */
@ApplicationScoped
public class VillageFactEvents implements VillageEventHandlers {

    @Inject
    VillageFacts facts;

    @Inject
    CaseFiles cases;

    @Inject
    DivisionNames divisions;

    @Override
    public Map<String, Consumer<IncomingEvent>> handlers() {
        return Map.of(
                "bastion.village.case-identified.v1", this::identified,
                "bastion.village.case-updated.v1", this::caseRecorded,
                "bastion.village.team-member-changed.v1", this::teamMember,
                "bastion.village.indicators-recorded.v1", this::year,
                "bastion.village.division-changed.v1", event -> divisions.named(event.required("code"), event.required("name"),
                        event.version()));
    }

    private void identified(IncomingEvent event) {
        caseRecorded(event);
        String previous = event.text("previousCaseId", null);
        if (previous != null) {
            facts.relapse(cases.get(event.uuid("caseId")), previous);
        }
    }

    private void caseRecorded(IncomingEvent event) {
        facts.caseRecorded(cases.get(event.uuid("caseId")), event.version(), event.data().path("talksHeld").asInt(),
                event.data().path("suggestionsCollected").asInt());
    }

    private void teamMember(IncomingEvent event) {
        facts.teamMember(new VillageFacts.TeamMember(event.required("memberId"), event.required("villageCode"), event.required("role"),
                event.text("committee", null), event.text("appointmentSource", null), event.data().path("incumbent").asBoolean(),
                event.date("startedOn"), event.optionalDate("endedOn"), event.text("leavingReason", null),
                event.data().path("voided").asBoolean(), event.version()));
    }

    private void year(IncomingEvent event) {
        var d = event.data();
        facts.year(new VillageFacts.Year(event.required("villageCode"), d.path("year").asInt(), d.path("partyMembersDeveloped").asInt(),
                d.path("activistsDeveloped").asInt(), d.path("venueBuilt").asBoolean(), event.decimal("venueAreaM2"),
                event.decimal("venueInvestment"), event.decimal("collectiveIncome"), d.path("backwardToAdvanced").asBoolean(),
                d.path("financiallyAudited").asBoolean(), d.path("rulesEstablished").asInt(), event.version()));
    }

}
