package io.bastion.supervision.api;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.QueryParameters;
import io.bastion.supervision.domain.Interview;
import io.bastion.supervision.domain.InterviewDraft;
import io.bastion.supervision.domain.Interviews;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/interviews")
@Tag(name = "Interviews and accountability", description = "约谈 where progress is slow, and 追究责任 for failed tasks")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {

    @Inject
    Interviews interviews;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @Schema(name = "Interview", description = "An admonitory interview of a township's principal leaders, and its follow-up")
    public record InterviewView(UUID id, String townshipCode, LocalDate interviewedOn, List<String> interviewers,
                                List<InterviewDraft.Person> interviewees,
                                @Schema(description = "MISSED_REPORTS, OVERDUE_MEASURES, FAILED_ACCEPTANCES, INSPECTION_FINDINGS, "
                                        + "SLOW_PROGRESS or OTHER", example = "[\"MISSED_REPORTS\"]") List<String> grounds, String issues,
                                String commitments, LocalDate followUpBy, LocalDate followUpOn, Boolean kept, String followUpNote,
                                String recordedBy, OffsetDateTime recordedAt, int version) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("proposals")
    @Operation(operationId = "listInterviewProposals",
            summary = "Townships proposed for an interview", description = "Where progress is slow by the county's rules: in "
            + "the window (`bastion.supervision.interview.window-days`), at least the set number of weekly reports missed, of "
            + "measures overdue now, or of acceptances failed. Each ground met is named with its count and threshold.")
    @APIResponse(responseCode = "200", description = "The proposals, by township")
    public List<Interviews.Proposal> proposals() {
        return interviews.proposals(caller.divisionPrefix());
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listInterviews",
            summary = "List interviews", description = "In the caller's division, keyset paged by id.")
    @APIResponse(responseCode = "200", description = "A page of interviews")
    public Page<InterviewView> list(@Parameter(description = "9-digit township code",
                                            schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
                                    @Parameter(description = "1 to 500 (default 50)",
                                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
                                    @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        return Paging.page(interviews.list(QueryParameters.township(township), Paging.decodeId(cursor), size + 1),
                size, i -> i.id.toString(), this::view, uri);
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordInterview",
            summary = "Record an interview", description = "Who interviewed whom (name and post), when, on what grounds "
            + "(codes: the proposal's rules MISSED_REPORTS, OVERDUE_MEASURES, FAILED_ACCEPTANCES, or INSPECTION_FINDINGS, "
            + "SLOW_PROGRESS, OTHER; the issues say the rest in words), the issues raised, the commitments made, and by when they are followed up. County admins; honours `Idempotency-Key`. "
            + "Publishes bastion.supervision.interview-held.v1.")
    @APIResponseSchema(value = InterviewView.class, responseCode = "201", responseDescription = "The interview")
    public RestResponse<InterviewView> record(InterviewDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(draft);
        if (draft.townshipCode() != null) {
            caller.requireCovers(draft.townshipCode());
        }
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/interviews", draft, () -> {
            Interview i = interviews.record(draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/interviews/" + i.id), Preconditions.etag(i.version), view(i));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getInterview",
            summary = "Read an interview")
    @APIResponse(responseCode = "200", description = "The interview; its ETag is the version for If-Match")
    public RestResponse<InterviewView> get(@PathParam("id") String id) {
        Interview i = interviews.get(PathAndBody.id("interview", id));
        return Preconditions.versioned(view(i), i.version);
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Path("{id}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followUpInterview",
            summary = "Follow an interview up", description = "Whether the commitments were kept, when, with a note; once. "
            + "County admins; `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "Followed up; the interview")
    public RestResponse<InterviewView> followUp(@PathParam("id") String id, Interviews.FollowUpDraft draft, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Interview current = interviews.get(PathAndBody.id("interview", id));
        Interview i = interviews.followUp(current.id, Preconditions.requiredVersion(ifMatch), PathAndBody.required(draft), caller.actor());
        return Preconditions.versioned(view(i), i.version);
    }

    private InterviewView view(Interview i) {
        try {
            return new InterviewView(i.id, i.townshipCode, i.interviewedOn, List.of(i.interviewers), json.readValue(i.interviewees, new TypeReference<List<InterviewDraft.Person>>() { }),
                    List.of(i.grounds), i.issues, i.commitments, i.followUpBy, i.followUpOn, i.kept, i.followUpNote, i.recordedBy,
                    i.recordedAt, i.version);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
