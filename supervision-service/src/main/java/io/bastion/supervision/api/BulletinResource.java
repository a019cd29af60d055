package io.bastion.supervision.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.domain.NotFound;
import io.bastion.supervision.domain.Bulletin;
import io.bastion.supervision.domain.BulletinContent;
import io.bastion.supervision.domain.BulletinEdit;
import io.bastion.supervision.domain.Bulletins;
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

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/bulletins")
@Tag(name = "Bulletins", description = "Periodic bulletins (定期通报): ranking, praise and criticism for a period, generated from the records")
@Produces(MediaType.APPLICATION_JSON)
public class BulletinResource {

    /** Drafts are read by those who write them and the inspectors; published bulletins by every reader. */
    private static final Set<String> DRAFT_READERS = Set.of(Roles.COUNTY_ADMIN, Roles.INSPECTOR);

    @Inject
    Bulletins bulletins;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @Schema(name = "BulletinRequest", description = "The period a bulletin covers; the title defaults to one naming the period")
    public record BulletinRequest(@Schema(example = "2026-10-01", required = true) LocalDate from,
                                  @Schema(example = "2026-12-31", required = true) LocalDate to,
                                  @Schema(example = "关于2026年第四季度软弱涣散村党组织整顿工作进展情况的通报") String title) {
    }

    @Schema(name = "Bulletin", description = "A bulletin: the period, the text around it, the ranking and who is named")
    public record BulletinView(UUID id, @Schema(example = "410423") String division, LocalDate periodFrom, LocalDate periodTo, String title,
                               String preface, String closing, @Schema(example = "DRAFT") Bulletin.Status status, BulletinContent content,
                               String createdBy, OffsetDateTime createdAt, String publishedBy, OffsetDateTime publishedAt, int version) {

        static BulletinView of(Bulletin b) {
            return new BulletinView(b.id, b.division, b.periodFrom, b.periodTo, b.title, b.preface, b.closing, b.status, b.content,
                    b.createdBy, b.createdAt, b.publishedBy, b.publishedAt, b.version);
        }
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "generateBulletin",
            summary = "Generate a bulletin", description = "A draft for the period, generated from the records of the caller's "
            + "division: each township's cases and how far they came, weekly reports due, on time, late and missing (weeks whose "
            + "deadline falls in the period), measures overdue, inspection findings and those overdue, ranked; townships and "
            + "villages named for praise (all reports in, nothing overdue; acceptance passed) or criticism (reports missing, measures "
            + "overdue). County admins; honours `Idempotency-Key`.")
    @APIResponseSchema(value = BulletinView.class, responseCode = "201", responseDescription = "The draft")
    public RestResponse<BulletinView> generate(BulletinRequest request, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(request);
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/bulletins", request, () -> {
            Bulletin b = bulletins.generate(new Bulletins.Request(request.from(), request.to(), request.title()), caller.divisionPrefix(),
                    caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/bulletins/" + b.id), Preconditions.etag(b.version), BulletinView.of(b));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listBulletins",
            summary = "List bulletins", description = "The bulletins of the caller's county and township, keyset paged; drafts only "
            + "for county admins and inspectors.")
    @APIResponse(responseCode = "200", description = "A page of bulletins")
    public Page<BulletinView> list(@Parameter(description = "DRAFT or PUBLISHED",
                                           schema = @Schema(implementation = Bulletin.Status.class)) @QueryParam("status") String status,
                                   @Parameter(description = "1 to 200 (default 50)",
                                           schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 200);
        return Paging.page(bulletins.list(QueryParameters.enumValue("status", status, Bulletin.Status.class),
                caller.has(DRAFT_READERS), Paging.decodeId(cursor), size + 1), size, b -> b.id.toString(), BulletinView::of, uri);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getBulletin",
            summary = "Read a bulletin", description = "As JSON, or written out as `text/markdown` or `text/html` (Accept): a "
            + "published bulletin exactly as it was published, a draft as it reads now.")
    @APIResponse(responseCode = "200", description = "The bulletin; its ETag is the version for If-Match")
    public RestResponse<BulletinView> get(@PathParam("id") String id) {
        Bulletin b = readable(id);
        return Preconditions.versioned(BulletinView.of(b), b.version);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Produces(StageReportResource.MARKDOWN)
    public RestResponse<String> markdown(@PathParam("id") String id) {
        Bulletin b = readable(id);
        return Preconditions.versioned(bulletins.markdown(b), b.version);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Produces(StageReportResource.HTML)
    public RestResponse<String> html(@PathParam("id") String id) {
        Bulletin b = readable(id);
        return Preconditions.versioned(bulletins.html(b), b.version);
    }

    @PATCH
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editBulletin",
            summary = "Edit a draft bulletin", description = "The title, preface, closing, and the lists of who is named for praise "
            + "or criticism (each replaced whole when sent); what is left out stays. The ranking is the records' and is not edited. "
            + "County admins; `If-Match` is required; a published bulletin is 409 `bulletin-published`.")
    @APIResponse(responseCode = "200", description = "The edited draft")
    public RestResponse<BulletinView> edit(@PathParam("id") String id, BulletinEdit edit, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Bulletin current = readable(id);
        Bulletin b = bulletins.edit(current.id, Preconditions.requiredVersion(ifMatch), PathAndBody.required(edit), caller.actor());
        return Preconditions.versioned(BulletinView.of(b), b.version);
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Path("{id}/publication")
    @Operation(operationId = "publishBulletin",
            summary = "Publish a bulletin", description = "Freezes the draft as it reads now (Markdown and HTML kept), notifies "
            + "every township it ranks and the county, and publishes bastion.supervision.bulletin-published.v1. Once only. County "
            + "admins; `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "The published bulletin")
    public RestResponse<BulletinView> publish(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Bulletin current = readable(id);
        Bulletin b = bulletins.publish(current.id, Preconditions.requiredVersion(ifMatch), caller.actor());
        return Preconditions.versioned(BulletinView.of(b), b.version);
    }

    /** A draft is not there for those who may not see drafts. */
    private Bulletin readable(String id) {
        Bulletin b = bulletins.get(PathAndBody.id("bulletin", id));
        if (b.status == Bulletin.Status.DRAFT && !caller.has(DRAFT_READERS)) {
            throw new NotFound("bulletin", id);
        }
        return b;
    }
}
