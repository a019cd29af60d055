package io.bastion.supervision.api;

import io.bastion.platform.api.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.problem.Messages;
import io.bastion.supervision.domain.CountyFacts;
import io.bastion.supervision.domain.Figure;
import io.bastion.supervision.domain.StageReport;
import io.bastion.supervision.domain.YearlyReturns;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    CountyFacts facts;

    @Inject
    YearlyReturns returns;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Schema(name = "Figure", description = "One figure the county counts over the range, split by note where its facts carry one")
    public record FigureView(@Schema(example = "talks-held") String key, @Schema(example = "谈心谈话") String label,
                             @Schema(example = "次") String unit, @Schema(example = "638") BigDecimal value,
                             @Schema(description = "the value per note: a grade, a source, a form", example = "{\"CITY_B\": 6, \"COUNTY_C\": 21}")
                             Map<String, BigDecimal> byNote,
                             @Schema(example = "/api/v1/statistics/talks-held/records?from=2026-01-01&to=2026-12-31") String records,
                             @Schema(description = "for a figure from the villages' yearly figures: how many case villages (one per "
                                     + "campaign year) never recorded that year, and so are not in it (see `yearsNotRecorded`); null for others",
                                     example = "3") Integer villagesNotReported) {
    }

    @Schema(name = "Statistics", description = "Every figure of \"what the county counts\" over a range of days")
    public record StatisticsView(LocalDate from, LocalDate to, @Schema(example = "410423") String division, List<FigureView> figures,
                                 @Schema(description = "the case villages whose figures for their campaign year were never recorded: "
                                         + "how many, and the first 100 in code order") YearlyReturns.Unreported yearsNotRecorded) {
    }

    @Schema(name = "CountedFact", description = "One record's contribution to a figure")
    public record FactView(@Schema(example = "help") String source, @Schema(example = "8f14e45f-ceea-4e7a-9d5b-1c2d3e4f5a6b") String sourceId,
                           @Schema(description = "what the figure counts once, where it counts distinct subjects (a village, a leader)")
                           String subject, @Schema(example = "410423203201") String villageCode, @Schema(example = "410423203") String townshipCode,
                           LocalDate periodStart, LocalDate periodEnd, @Schema(example = "12.5") BigDecimal quantity,
                           @Schema(example = "ROAD") String note) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "getStatistics",
            summary = "What the county counts", description = "Every figure DOMAIN.md lists under \"What the county counts\" over the "
            + "days from..to (both included) in the caller's division or one township: cases by grade, talks, suggestions, plans and "
            + "returns, county leaders as contacts, department pairings, visits, weekly reports, inspections, bulletins, interviews, "
            + "accountability, appointments, trainings, petition risks, projects and funds, audits, rules, Party members, venues, roads, "
            + "water and biogas, transformations and write-offs, villages from backward to advanced and from no income to 5 万元. "
            + "Events count on their day, a village's annual figures over their year, pairings while they last. Each figure links to the "
            + "records it was counted from.")
    @APIResponse(responseCode = "200", description = "The figures")
    public StatisticsView figures(@Parameter(description = "first day", required = true,
                                          schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                                  @Parameter(description = "last day, not before `from`", required = true,
                                          schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                                  @Parameter(description = "9-digit township code",
                                          schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township) {
        ReportRange range = ReportRange.of(from, to, township, caller);
        Locale locale = Messages.localeOf(headers);
        Map<Figure, CountyFacts.Total> totals = facts.totals(range.from(), range.to(), range.division());
        YearlyReturns.Unreported unreported = returns.missing(range.from(), range.to(), range.division());
        return new StatisticsView(range.from(), range.to(), range.division(), Arrays.stream(Figure.values())
                .map(f -> new FigureView(f.key, Messages.get(locale, "figure." + f.key), f.unit, totals.get(f).value(),
                        totals.get(f).byNote(), StageReport.records(f, null, range.from(), range.to(), range.township()),
                        f.yearly() ? unreported.count() : null))
                .toList(), unreported);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{figure}/records")
    @Operation(operationId = "listFigureRecords",
            summary = "The records behind a figure", description = "The facts a figure was counted from over the same range and "
            + "division, optionally one note's; the figure's value is their quantities' sum, or the number of their distinct subjects "
            + "where it counts villages or leaders. Paged in a stable order.")
    @APIResponse(responseCode = "200", description = "A page of counted facts")
    public Page<FactView> records(@Parameter(description = "a figure's key", example = "talks-held") @PathParam("figure") String figure,
                                  @Parameter(description = "first day", required = true,
                                          schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                                  @Parameter(description = "last day, not before `from`", required = true,
                                          schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                                  @Parameter(description = "9-digit township code",
                                          schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
                                  @Parameter(description = "only facts with this note: a grade, a source, a form, e.g. CITY_B") @QueryParam("note") String note,
                                  @Parameter(description = "1 to 500 (default 100)",
                                          schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100")) @QueryParam("limit") String limit,
                                  @QueryParam("cursor") String cursor) {
        Figure counted = Figure.byKey(figure).orElseThrow(() -> new NotFound("figure", figure));
        ReportRange range = ReportRange.of(from, to, township, caller);
        int size = Paging.limit(limit, 100, 500);
        return Paging.page(facts.behind(counted, note, range.from(), range.to(), range.division(), Paging.decode(cursor), size + 1), size,
                r -> r.source() + "|" + r.sourceId(), r -> new FactView(r.source(), r.sourceId(), r.subject(), r.villageCode(),
                        r.townshipCode(), r.periodStart(), r.periodEnd(), r.quantity(), r.note()), uri);
    }
}
