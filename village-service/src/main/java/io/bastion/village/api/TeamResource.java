package io.bastion.village.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.bastion.platform.api.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.MergePatch;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.VoidRequest;
import io.bastion.village.domain.TeamMember;
import io.bastion.village.domain.TeamMemberDraft;
import io.bastion.village.domain.TeamRoster;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/villages/{code}/team")
@Tag(name = "Village teams", description = "The two committees (两委班子) and reserve cadres of each village")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    TeamRoster roster;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "getTeam",
            summary = "A village's team", description = "Members in office first, then former ones; `inOffice=true` "
            + "for the current team only. Personal data is masked for city viewers and inspectors.")
    @APIResponse(responseCode = "200", description = "The members")
    public List<TeamMemberView> team(@PathParam("code") String code,
                                     @Parameter(description = "true: members in office only", schema = @Schema(type = SchemaType.BOOLEAN,
                                             defaultValue = "false")) @QueryParam("inOffice") String inOffice) {
        VillagePaths.require(caller, code);
        boolean inOfficeOnly = Boolean.TRUE.equals(QueryParameters.bool("inOffice", inOffice));
        boolean personal = caller.seesPersonalData();
        return roster.of(code, inOfficeOnly).stream().map(m -> TeamMemberView.of(m, personal)).toList();
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "appointTeamMember",
            summary = "Appoint a team member or take on a reserve cadre", description = "A village has one Party "
            + "branch secretary in office: end the sitting one's tenure first (409 otherwise).")
    @APIResponseSchema(value = TeamMemberView.class, responseCode = "201", responseDescription = "Appointed")
    public RestResponse<TeamMemberView> appoint(@PathParam("code") String code, TeamMemberDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        VillagePaths.require(caller, code);
        PathAndBody.required(draft);
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/villages/" + code + "/team", draft, () -> {
            TeamMember member = roster.appoint(code, draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/villages/" + code + "/team/" + member.id),
                    Preconditions.etag(member.version), TeamMemberView.of(member, true));
        });
    }

    @PATCH
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "reviseTeamMember",
            summary = "Correct a member's record, or end a tenure", description = "A JSON merge patch; to record a "
            + "departure send `endedOn` and `leavingReason`. `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "Changed")
    public RestResponse<TeamMemberView> revise(@PathParam("code") String code, @PathParam("id") String id, @RequestBody(description = "The fields to change (a JSON merge patch of the record)",
            content = @Content(schema = @Schema(implementation = TeamMemberDraft.class))) JsonNode patch,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        VillagePaths.require(caller, code);
        TeamMember current = roster.get(code, uuid(id));
        int version = Preconditions.requiredVersion(ifMatch);
        TeamMember member = roster.revise(code, current.id, version,
                MergePatch.apply(json, current.toDraft(), patch, TeamMemberDraft.class), caller.actor());
        return Preconditions.versioned(TeamMemberView.of(member, true), member.version);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "voidTenure",
            summary = "Void a tenure entered by mistake", description = "The wrong person, or a village they never served: "
            + "the record stays to be read with who voided it, when and why (`reason`, required), is in office nowhere and "
            + "counts as nothing. To record that someone left, end the tenure instead. `If-Match` is required; a voided "
            + "record takes no further change (409 `team-member-voided`). Publishes bastion.village.team-member-changed.v1 "
            + "with `voided`.")
    @APIResponse(responseCode = "200", description = "Voided; the record")
    public RestResponse<TeamMemberView> voidTenure(@PathParam("code") String code, @PathParam("id") String id, VoidRequest request,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        VillagePaths.require(caller, code);
        TeamMember current = roster.get(code, uuid(id));
        int version = Preconditions.requiredVersion(ifMatch);
        TeamMember member = roster.voidTenure(code, current.id, version, VoidRequest.of(request, TeamRoster.INVALID), caller.actor());
        return Preconditions.versioned(TeamMemberView.of(member, true), member.version);
    }

    private static UUID uuid(String id) {
        return PathAndBody.id("team-member", id);
    }
}
