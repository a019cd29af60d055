package io.bastion.plan.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.cases.CaseFiles;
import io.bastion.plan.domain.CampaignCalendar;
import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.PlanDraft;
import io.bastion.plan.domain.PlanQuery;
import io.bastion.plan.domain.PlanRegistry;
import io.bastion.plan.domain.PlanReview;
import io.bastion.plan.domain.PlanStage;
import io.bastion.plan.domain.WorkQueues;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.MergePatch;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.problem.Messages;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "One-village-one-policy plans: drafting, the township meetings, submission, the work queues")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {


    @Inject
    PlanRegistry plans;

    @Inject
    PlanReview review;

    @Inject
    WorkQueues queues;

    @Inject
    CaseFiles cases;

    @Inject
    CampaignCalendar calendar;

    @Inject
    PlanAccess access;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listPlans",
            summary = "List plans (the county's work queues)", description = "Plans in the caller's division ordered by "
            + "village code, keyset paged. `stage=AWAITING_EVALUATION` and `stage=AWAITING_AUDIT` are the county's queues, "
            + "`stage=RETURNED` the townships'; `minReturns` and `beyondUsualRounds=true` find plans returned more than the "
            + "usual one or two rounds.")
    @APIResponse(responseCode = "200", description = "A page of plans")
    public Page<PlanSummaryView> list(
            @Parameter(description = "9-digit township code",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
            @Parameter(description = "DRAFTING, AWAITING_EVALUATION, AWAITING_AUDIT, RETURNED or APPROVED",
                    schema = @Schema(implementation = PlanStage.class))
            @QueryParam("stage") String stage,
            @Parameter(description = "campaign year",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32")) @QueryParam("year") String year,
            @Parameter(description = "returned at least this many times",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100")) @QueryParam("minReturns") String minReturns,
            @Parameter(description = "true: returned more than twice; false: at most twice",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("beyondUsualRounds") String beyond,
            @Parameter(description = "1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        PlanQuery query = new PlanQuery(QueryParameters.township(township),
                QueryParameters.enumValue("stage", stage, PlanStage.class), QueryParameters.year(year),
                QueryParameters.count("minReturns", minReturns, 100), QueryParameters.bool("beyondUsualRounds", beyond),
                Paging.decode(cursor), size + 1);
        return Paging.page(queues.plans(query), size, p -> p.villageCode + "|" + p.id, PlanSummaryView::of, uri);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftPlan",
            summary = "Draft the plan of a case", description = "The township drafts the plan of a case village-service "
            + "identified: goals, problems (each under one of the case's categories, with evidence) and measures (what, which "
            + "of the eight remedies, who answers for it, by when, what it should achieve); the two township meetings may be "
            + "recorded now or later. One plan per case: a second is 409. Drafting moves the case to PLANNING in "
            + "village-service (bastion.plan.drafted.v1). Honours `Idempotency-Key`.")
    @APIResponseSchema(value = PlanView.class, responseCode = "201", responseDescription = "The plan, DRAFTING")
    public RestResponse<PlanView> draft(PlanDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(draft);
        if (draft.caseId() != null) {
            // A case the caller does not reach is, to it, not there (404), before anything else is said of the draft.
            cases.get(draft.caseId());
        }
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/plans", draft, () -> {
            Plan plan = plans.draft(draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/plans/" + plan.id), Preconditions.etag(plan.version),
                    access.view(plan));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getPlan",
            summary = "Read a plan", description = "The plan with its problems, measures, meetings and where step one stands.")
    @APIResponse(responseCode = "200", description = "The plan; its ETag is the version for If-Match")
    public RestResponse<PlanView> get(@PathParam("id") String id) {
        return access.ok(access.plan(id));
    }

    @Transactional
    @PATCH
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "revisePlan",
            summary = "Revise a plan", description = "A JSON merge patch of goals, problems, measures and the two meetings "
            + "(a list is replaced whole), while the township holds the plan: DRAFTING or RETURNED, otherwise 409. Measures "
            + "are matched by their key. `If-Match` is required; a patch that changes nothing keeps the version.")
    @APIResponse(responseCode = "200", description = "Revised")
    public RestResponse<PlanView> revise(@PathParam("id") String id, @RequestBody(description = "The fields to change (a JSON merge patch of the record)",
            content = @Content(schema = @Schema(implementation = PlanDraft.class))) JsonNode patch, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Plan current = access.plan(id);
        int version = Preconditions.requiredVersion(ifMatch);
        Plan plan = plans.revise(current.id, version, MergePatch.apply(json, plans.draftOf(current), patch, PlanDraft.class),
                caller.actor());
        return access.ok(plan);
    }

    @Transactional
    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Path("{id}/submission")
    @Operation(operationId = "submitPlan",
            summary = "Submit a plan to the county", description = "Step one's end: possible once the township committee "
            + "adopted the plan and a village representatives' meeting with at least two-thirds present passed it with more "
            + "than half of those present; otherwise 422 `plan-not-submittable` says what is missing. Keeps the plan as an "
            + "immutable snapshot. A first submission awaits evaluation, a revised one the audit. `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "Submitted; the plan")
    public RestResponse<PlanView> submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Plan current = access.plan(id);
        return access.ok(plans.submit(current.id, Preconditions.requiredVersion(ifMatch), caller.actor()));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}/findings")
    @Operation(operationId = "getPlanFindings",
            summary = "Check a plan against the three no-pass rules", description = "The machine-checkable part of each "
            + "rule on the plan as it stands today: every category of the case addressed by a problem; every problem with a "
            + "measure and every measure naming a remedy; every measure with a responsible person and a deadline after today "
            + "and inside the campaign. The auditor adds judgement.")
    @APIResponse(responseCode = "200", description = "The findings by rule")
    public FindingsView findings(@PathParam("id") String id) {
        Plan plan = access.plan(id);
        return FindingsView.of(plan.id, calendar.today(), calendar.end(plan.campaignYear), review.findings(plan),
                Messages.localeOf(headers));
    }
}
