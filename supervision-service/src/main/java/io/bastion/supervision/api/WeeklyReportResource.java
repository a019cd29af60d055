package io.bastion.supervision.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.cases.CaseFiles;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.supervision.domain.ReportDraft;
import io.bastion.supervision.domain.ReportDuty;
import io.bastion.supervision.domain.ReportWeek;
import io.bastion.supervision.domain.WeeklyReport;
import io.bastion.supervision.domain.WeeklyReports;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

@Path("/api/v1/weekly-reports")
@Tag(name = "Weekly reports", description = "周报制度: every key-contact case in rectification or acceptance reports once per ISO week")
@Produces(MediaType.APPLICATION_JSON)
public class WeeklyReportResource {

    @Inject
    WeeklyReports reports;

    @Inject
    CaseFiles cases;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @Schema(name = "WeeklyReport", description = "A case's report for one ISO week")
    public record ReportView(UUID id, UUID caseId, String villageCode, String townshipCode, @Schema(example = "2026-W48") String week,
                             String progress, String problems, String nextSteps, List<String> attachments, String submittedBy,
                             OffsetDateTime submittedAt, @Schema(description = "arrived before the week's deadline (the end of its Sunday)") boolean onTime) {
        static ReportView of(WeeklyReport r) {
            return new ReportView(r.id, r.caseId, r.villageCode, r.townshipCode, r.week, r.progress, r.problems, r.nextSteps,
                    List.of(r.attachments), r.submittedBy, r.submittedAt, r.onTime);
        }
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitWeeklyReport",
            summary = "Submit a weekly report", description = "For a key-contact case (city B or county C) that owed the week's "
            + "report: it was in RECTIFYING or ACCEPTANCE at the week's deadline, the end of its Sunday in the county. A report "
            + "before the deadline is on time, after it late. One per case and week (409). Township operators of the case's "
            + "township and county admins; honours `Idempotency-Key`.")
    @APIResponseSchema(value = ReportView.class, responseCode = "201", responseDescription = "The report")
    public RestResponse<ReportView> submit(ReportDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(draft);
        if (draft.caseId() != null) {
            // A case the caller does not reach is, to it, not there (404), before anything else is said of the request.
            cases.get(draft.caseId());
        }
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/weekly-reports", draft, () -> {
            WeeklyReport r = reports.submit(draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/weekly-reports?caseId=" + r.caseId + "&week=" + r.week), null,
                    ReportView.of(r));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listWeeklyReports",
            summary = "List weekly reports", description = "In the caller's division, keyset paged.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    public Page<ReportView> list(@Parameter(description = "the case",
                                         schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("caseId") String caseId,
                                 @Parameter(description = "ISO week, e.g. 2026-W48",
                                         schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-W[0-9]{2}$")) @QueryParam("week") String week,
                                 @Parameter(description = "9-digit township code",
                                         schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
                                 @Parameter(description = "1 to 500 (default 50)",
                                         schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        String w = week == null ? null : week(week, "week").toString();
        return Paging.page(reports.list(QueryParameters.uuid("caseId", caseId), w, QueryParameters.township(township),
                Paging.decodeId(cursor), size + 1), size, r -> r.id.toString(), ReportView::of, uri);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("compliance")
    @Operation(operationId = "getWeeklyReportCompliance",
            summary = "How the weekly-report duty was kept", description = "For a range of ISO weeks, per township, grade or "
            + "case: the reports owed, on time, late, missing (deadline passed, nothing came) and pending (deadline ahead), the "
            + "reporting rate (reports of the weeks already due, on time or late) and the on-time rate.")
    @APIResponse(responseCode = "200", description = "One row per township, grade or case")
    public List<WeeklyReports.Compliance> compliance(
            @Parameter(description = "first ISO week, e.g. 2026-W45",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-W[0-9]{2}$")) @QueryParam("from") String from,
            @Parameter(description = "last ISO week, e.g. 2026-W48",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-W[0-9]{2}$")) @QueryParam("to") String to,
            @Parameter(description = "what to count per",
                    schema = @Schema(enumeration = {"TOWNSHIP", "GRADE", "CASE"}, defaultValue = "TOWNSHIP")) @QueryParam("by") String by,
            @Parameter(description = "9-digit township code",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township) {
        Function<WeeklyReports.Gap, String> key = switch (by == null ? "TOWNSHIP" : by) {
            case "TOWNSHIP" -> WeeklyReports.Gap::townshipCode;
            case "GRADE" -> WeeklyReports.Gap::grade;
            case "CASE" -> g -> g.caseId().toString();
            default -> throw new ApiProblem(400, "malformed-request", List.of(new Violation("by", "one-of", by, "[TOWNSHIP, GRADE, CASE]")));
        };
        return WeeklyReports.compliance(standings(from, to, township), key);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("owed")
    @Operation(operationId = "listOwedWeeklyReports",
            summary = "Every report owed in a range of weeks, and how it stands", description = "Each key-contact case and week "
            + "owed, with ON_TIME, LATE, MISSING or PENDING; `standing=MISSING` is the list the alerts come from.")
    @APIResponse(responseCode = "200", description = "The owed case-weeks, by village and week")
    public List<WeeklyReports.Gap> owed(@Parameter(description = "first ISO week, e.g. 2026-W45",
                                                schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-W[0-9]{2}$")) @QueryParam("from") String from,
                                        @Parameter(description = "last ISO week, e.g. 2026-W48",
                                                schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-W[0-9]{2}$")) @QueryParam("to") String to,
                                        @Parameter(description = "9-digit township code",
                                                schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
                                        @Parameter(description = "ON_TIME, LATE, MISSING or PENDING",
                                                schema = @Schema(implementation = ReportDuty.Standing.class)) @QueryParam("standing") String standing) {
        ReportDuty.Standing wanted = QueryParameters.enumValue("standing", standing, ReportDuty.Standing.class);
        return standings(from, to, township).stream().filter(g -> wanted == null || g.standing() == wanted).toList();
    }

    private List<WeeklyReports.Gap> standings(String from, String to, String township) {
        ReportWeek first = week(from, "from");
        ReportWeek last = week(to, "to");
        if (first.compareTo(last) > 0 || first.minusWeeks(-104).compareTo(last) < 0) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("to", "week-range", to, from, 104)));
        }
        return reports.standings(caller.divisionPrefix(), QueryParameters.township(township), first, last);
    }

    private static ReportWeek week(String text, String field) {
        List<Violation> v = new ArrayList<>();
        ReportWeek week = ReportWeek.require(field, text, v);
        if (!v.isEmpty()) {
            throw new ApiProblem(400, "malformed-request", v);
        }
        return week;
    }
}
