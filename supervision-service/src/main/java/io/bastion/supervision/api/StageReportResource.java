package io.bastion.supervision.api;

import io.bastion.platform.api.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.platform.problem.Messages;
import io.bastion.supervision.domain.CountyFacts;
import io.bastion.supervision.domain.DivisionNames;
import io.bastion.supervision.domain.DocumentWriter;
import io.bastion.supervision.domain.StageReport;
import io.bastion.supervision.domain.YearlyReturns;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

@Path("/api/v1/stage-report")
@Tag(name = "Statistics")
public class StageReportResource {

    static final String MARKDOWN = "text/markdown;charset=utf-8";
    static final String HTML = "text/html;charset=utf-8";

    @Inject
    CountyFacts facts;

    @Inject
    YearlyReturns returns;

    @Inject
    Caller caller;

    @Inject
    DivisionNames divisions;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Produces(MARKDOWN)
    @Operation(operationId = "getStageReport",
            summary = "The stage report", description = "The campaign's stage report (阶段报告) for the days from..to in the caller's "
            + "division or one township, in Chinese: what was done (主要做法) and what it achieved (取得的成效), as the county report is "
            + "built, then a table of every figure. Each number links to the records it was counted from "
            + "(`/api/v1/statistics/{figure}/records`). Markdown, or HTML when the Accept header asks for `text/html`.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MARKDOWN,
                    schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "markdown", value = "# 软弱涣散村党组织整顿工作阶段报告"
                    + "（2026-01-01 至 2026-12-31）\n\n## 一、主要做法\n\n### （一）摸清底数，确定整顿对象\n\n本期认定软弱涣散村党组织整顿对象"
                    + "[**68**](/api/v1/statistics/cases-identified/records?from=2026-01-01&to=2026-12-31) 个……")),
            @Content(mediaType = HTML,
                    schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "html", value = "<!DOCTYPE html>\n<html lang=\"zh-CN\">…"))})
    public String markdown(@Parameter(description = "first day", required = true,
                                   schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                           @Parameter(description = "last day, not before `from`", required = true,
                                   schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                           @Parameter(description = "9-digit township code",
                                   schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township) {
        return DocumentWriter.markdown(report(from, to, township).document());
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Produces(HTML)
    public String html(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("township") String township) {
        return DocumentWriter.html(report(from, to, township).document());
    }

    private StageReport report(String from, String to, String township) {
        ReportRange range = ReportRange.of(from, to, township, caller);
        return new StageReport(facts.totals(range.from(), range.to(), range.division()),
                returns.missing(range.from(), range.to(), range.division()).count(), range.from(), range.to(), range.division(),
                divisions.of(range.division()), f -> Messages.get(Locale.CHINESE, "figure." + f.key));
    }
}
