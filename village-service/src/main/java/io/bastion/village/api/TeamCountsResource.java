package io.bastion.village.api;

import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.village.domain.TeamCounts;
import io.bastion.village.domain.TeamRoster;
import io.bastion.village.security.CallerScope;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Authenticated
@Path("/api/v1/teams")
@Tag(name = "Village teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamCountsResource {

    @Inject
    TeamRoster roster;

    @Inject
    CallerScope scope;

    @GET
    @Path("counts")
    @Operation(summary = "Team counts over a period", description = "New secretaries and new members by where they came "
            + "from, cadres adjusted (left as ADJUSTED or DISMISSED) and reserve cadres taken on, between `from` and `to` "
            + "(both included), in the caller's division or one township of it.")
    @APIResponse(responseCode = "200", description = "The counts")
    public TeamCounts counts(@Parameter(example = "2026-01-01") @QueryParam("from") String from,
                             @Parameter(example = "2026-12-31") @QueryParam("to") String to,
                             @Parameter(description = "9-digit township code") @QueryParam("township") String township) {
        scope.requireCountyRead();
        String prefix = QueryParameters.township(township) == null ? scope.divisionPrefix() : township;
        if (!prefix.startsWith(scope.divisionPrefix()) && !scope.divisionPrefix().startsWith(prefix)) {
            throw new ApiProblem(403, "out-of-scope", prefix, scope.divisionPrefix());
        }
        String narrowest = prefix.length() >= scope.divisionPrefix().length() ? prefix : scope.divisionPrefix();
        return roster.counts(narrowest, date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, "required", null)));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, "date", value)));
        }
    }
}
