package io.bastion.supervision.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.cases.CaseFile;
import io.bastion.cases.CaseFiles;
import io.bastion.platform.api.PathAndBody;
import io.bastion.supervision.domain.Acceptances;
import io.bastion.supervision.domain.WriteOffs;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/cases")
@Tag(name = "Acceptance and write-off")
@Produces(MediaType.APPLICATION_JSON)
public class CaseSupervisionResource {

    @Inject
    CaseFiles cases;

    @Inject
    Acceptances acceptances;

    @Inject
    WriteOffs writeOffs;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Schema(name = "CaseSupervision", description = "A case as supervision-service knows it, with its acceptances and follow-up visits")
    public record CaseSupervision(UUID caseId, String villageCode, String villageName, String townshipCode, String grade, String status,
                                  LocalDate rectifyDeadline, List<AcceptanceView> acceptances, List<FollowUpView> followUps) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getCase",
            summary = "A case's acceptances and follow-up visits")
    @APIResponse(responseCode = "200", description = "The case")
    public CaseSupervision get(@PathParam("id") String id) {
        CaseFile c = cases.get(PathAndBody.id("case", id));
        return new CaseSupervision(c.caseId, c.villageCode, c.villageName, c.townshipCode, c.grade, c.status, c.rectifyDeadline,
                acceptances.ofCase(c.caseId).stream().map(a -> AcceptanceView.of(a, json)).toList(),
                writeOffs.followUpsOf(c.caseId).stream().map(FollowUpView::of).toList());
    }
}
