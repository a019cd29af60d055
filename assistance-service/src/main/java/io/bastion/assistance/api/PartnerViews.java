package io.bastion.assistance.api;

import io.bastion.assistance.domain.Envoy;
import io.bastion.assistance.domain.Leader;
import io.bastion.assistance.domain.Unit;
import io.bastion.platform.api.PersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The registries as the API shows them. */
final class PartnerViews {

    private PartnerViews() {
    }

    @Schema(name = "Leader", description = "A county-level leader who can be the contact of cases")
    record LeaderView(UUID id, @Schema(description = "the account the leader signs in with", example = "leader-wang") String account,
                      @Schema(example = "王建国") String name, @Schema(example = "县委常委、组织部长") String post, int version) {
        static LeaderView of(Leader l) {
            return new LeaderView(l.id, l.account, l.name, l.post, l.version);
        }
    }

    @Schema(name = "Unit", description = "A unit that helps cases")
    record UnitView(UUID id, @Schema(example = "dept-agriculture") String account, @Schema(example = "县农业农村局") String name,
                    @Schema(description = "COUNTY_DEPARTMENT, AGENCY, ENTERPRISE or URBAN_PARTY_ORGANIZATION") String kind, int version) {
        static UnitView of(Unit u) {
            return new UnitView(u.id, u.account, u.name, u.kind.name(), u.version);
        }
    }

    @Schema(name = "Envoy", description = "A person a unit sends; the phone is masked for roles that may not see personal data")
    record EnvoyView(UUID id, UUID unitId, @Schema(example = "李明") String name, @Schema(example = "科员") String post,
                     @Schema(example = "138****5678") String phone, int version) {
        static EnvoyView of(Envoy e, boolean personalData) {
            return new EnvoyView(e.id, e.unitId, e.name, e.post, PersonalData.phone(e.phone, personalData), e.version);
        }
    }
}
