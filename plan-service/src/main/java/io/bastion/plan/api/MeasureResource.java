package io.bastion.plan.api;

import io.bastion.platform.api.IdempotentCreate;
import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.plan.domain.CampaignCalendar;
import io.bastion.plan.domain.Extension;
import io.bastion.plan.domain.ExtensionDecision;
import io.bastion.plan.domain.ExtensionRequest;
import io.bastion.plan.domain.Measure;
import io.bastion.plan.domain.MeasureWork;
import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.PlanRegistry;
import io.bastion.plan.domain.ProgressReport;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

@Path("/api/v1/plans/{id}/measures")
@Tag(name = "Measures", description = "Carrying out an approved plan: progress, completion, deadline extensions, overdue measures")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureResource {

    @Inject
    IdempotentCreate idempotent;

    @Inject
    PlanAccess access;

    @Inject
    PlanRegistry plans;

    @Inject
    MeasureWork work;

    @Inject
    CampaignCalendar calendar;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{key}")
    @Operation(operationId = "getMeasure",
            summary = "Read a measure", description = "The measure with every progress report and extension request.")
    @APIResponse(responseCode = "200", description = "The measure; its ETag is the version for If-Match")
    public RestResponse<MeasureDetailView> get(@PathParam("id") String id, @PathParam("key") String key) {
        Plan plan = access.plan(id);
        return detail(plan, plans.measure(plan.id, key));
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Transactional
    @Path("{key}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportMeasureProgress",
            summary = "Report progress on a measure", description = "Percent done (never less than last reported), a note "
            + "and evidence references, for a measure of an approved plan that is not yet completed. `If-Match` (the "
            + "measure's ETag) is required. Publishes bastion.plan.measure-updated.v1.")
    @APIResponse(responseCode = "200", description = "Recorded; the measure")
    public RestResponse<MeasureDetailView> progress(@PathParam("id") String id, @PathParam("key") String key, ProgressReport report,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return report(id, key, report, ifMatch, false);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Transactional
    @Path("{key}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeMeasure",
            summary = "Complete a measure", description = "Declares the measure done (100%) with a note and evidence "
            + "references. `If-Match` (the measure's ETag) is required. Publishes bastion.plan.measure-updated.v1.")
    @APIResponse(responseCode = "200", description = "Completed; the measure")
    public RestResponse<MeasureDetailView> complete(@PathParam("id") String id, @PathParam("key") String key, ProgressReport report,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return report(id, key, report, ifMatch, true);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Transactional
    @Path("{key}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestExtension",
            summary = "Ask for a later deadline", description = "The township asks to move an open measure's deadline, "
            + "with a reason; the new date must be after the current one and inside the campaign. One pending request per "
            + "measure (409 otherwise). The county decides.")
    @APIResponseSchema(value = ExtensionView.class, responseCode = "201", responseDescription = "The request, PENDING")
    public RestResponse<ExtensionView> requestExtension(@PathParam("id") String id, @PathParam("key") String key, ExtensionRequest request,
                                     @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey) {
        Plan plan = access.plan(id);
        ExtensionRequest given = PathAndBody.required(request);
        return idempotent.create(caller.actor().name(), idempotencyKey, "POST /api/v1/plans/" + plan.id + "/measures/" + key
                + "/extensions", given, () -> {
                    Extension e = work.requestExtension(plan.id, key, given, caller.actor());
                    return new IdempotentCreate.Created<>(URI.create("/api/v1/plans/" + plan.id + "/measures/" + key), null,
                            ExtensionView.of(e));
                });
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Transactional
    @Path("{key}/extensions/{extension}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideExtension",
            summary = "Decide an extension", description = "The county grants (the deadline moves, and the measure can be "
            + "reported overdue again for the new one; bastion.plan.measure-updated.v1) or refuses a pending request, with a "
            + "note. County admins; a request already decided is 409.")
    @APIResponse(responseCode = "200", description = "Decided; the request")
    public ExtensionView decide(@PathParam("id") String id, @PathParam("key") String key,
                                @PathParam("extension") String extension, ExtensionDecision decision) {
        Plan plan = access.plan(id);
        return ExtensionView.of(work.decide(plan.id, key, PathAndBody.id("extension", extension), PathAndBody.required(decision),
                caller.actor()));
    }

    private RestResponse<MeasureDetailView> report(String id, String key, ProgressReport report, String ifMatch, boolean completing) {
        Plan plan = access.plan(id);
        int version = Preconditions.requiredVersion(ifMatch);
        Measure m = work.report(plan.id, key, version, PathAndBody.required(report), completing, caller.actor());
        em.flush();
        return detail(plan, m);
    }

    private RestResponse<MeasureDetailView> detail(Plan plan, Measure m) {
        return Preconditions.versioned(MeasureDetailView.of(plan, m, calendar.today(), work.progress(m.id), work.extensions(m.id)),
                m.version);
    }
}
