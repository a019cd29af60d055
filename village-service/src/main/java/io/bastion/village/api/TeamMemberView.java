package io.bastion.village.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.platform.api.PersonalData;
import io.bastion.village.domain.TeamMember;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TeamMember", description = "A member of the two committees or a reserve cadre. ID-card and phone numbers "
        + "are masked (e.g. 410423********1234, 138****5678) for roles that may not see personal data.")
public record TeamMemberView(
        UUID id,
        String villageCode,
        @Schema(example = "张三") String name,
        @Schema(example = "410423********1234") String idCardNumber,
        @Schema(example = "138****5678") String phone,
        @Schema(enumeration = {"SECRETARY", "DEPUTY_SECRETARY", "MEMBER", "RESERVE_CADRE"}) String role,
        @Schema(enumeration = {"PARTY_BRANCH", "VILLAGERS_COMMITTEE"}) String committee,
        @Schema(enumeration = {"FROM_VILLAGE", "FROM_OTHER_VILLAGE", "SENT_BY_AGENCY", "SENT_BY_ENTERPRISE"}) String appointmentSource,
        @Schema(example = "县农业农村局") String appointingUnit,
        LocalDate startedOn,
        LocalDate endedOn,
        @Schema(enumeration = {"ADJUSTED", "DISMISSED", "RESIGNED", "ELECTION", "TRANSFERRED", "DECEASED", "OTHER"}) String leavingReason,
        String leavingNote,
        @Schema(description = "in office already when the campaign began: recorded so a successor can take over, never counted "
                + "as an appointment") boolean incumbent,
        boolean inOffice,
        @Schema(description = "the day the record was voided as entered by mistake; a voided tenure counts as nothing") LocalDate voidedOn,
        String voidedBy,
        String voidReason,
        int version) {

    static TeamMemberView of(TeamMember m, boolean personalData) {
        return new TeamMemberView(m.id, m.villageCode, m.name,
                PersonalData.idCard(m.idCardNumber, personalData),
                PersonalData.phone(m.phone, personalData),
                m.role.name(), m.committee == null ? null : m.committee.name(), m.appointmentSource.name(), m.appointingUnit,
                m.startedOn, m.endedOn, m.leavingReason == null ? null : m.leavingReason.name(), m.leavingNote, m.incumbent, m.inOffice(),
                m.voidedOn, m.voidedBy, m.voidReason, m.version);
    }
}
