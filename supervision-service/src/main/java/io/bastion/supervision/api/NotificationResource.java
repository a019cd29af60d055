package io.bastion.supervision.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.platform.problem.Messages;
import io.bastion.platform.security.Caller;
import io.bastion.supervision.domain.Notification;
import io.bastion.supervision.domain.Notifications;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "Each reader's inbox, and a live stream of what arrives")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Inject
    Caller caller;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Schema(name = "Notification", description = "A notification, in the reader's language (Chinese unless Accept-Language prefers English)")
    public record NotificationView(UUID id, @Schema(example = "weekly-report-missed") String kind, String title, String body,
                                   String villageCode, String reference, OffsetDateTime createdAt, boolean read) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(operationId = "listNotifications",
            summary = "Read one's inbox", description = "The notifications addressed to the caller's roles within its division, "
            + "newest first, keyset paged; `unread=true` for those not yet read.")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    public Page<NotificationView> inbox(@Parameter(description = "true: unread only; false: read only",
                                                schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("unread") String unread,
                                        @Parameter(description = "e.g. weekly-report-missed, acceptance-failed") @QueryParam("kind") String kind,
                                        @Parameter(description = "1 to 200 (default 50)",
                                                schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit,
                                        @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 200);
        Paging.Keyed before = Paging.decodeKeyed(cursor);
        OffsetDateTime beforeTime = before == null ? null : parseTime(before.sort(), cursor);
        Locale locale = Messages.localeOf(headers);
        return Paging.page(notifications.inbox(reader(), QueryParameters.bool("unread", unread), kind, beforeTime,
                        before == null ? null : before.id(), size + 1), size,
                d -> d.notification().createdAt + "|" + d.notification().id, d -> view(d.notification(), d.read(), locale), uri);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead",
            summary = "Mark a notification read", description = "For the caller; reading it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Read")
    public Response read(@PathParam("id") String id) {
        notifications.markRead(reader(), PathAndBody.id("notification", id));
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamNotifications",
            summary = "Follow one's notifications live", description = "Server-sent events: each notification for the caller as it "
            + "arrives. After a reconnect, read the inbox for what came in between.")
    @APIResponse(responseCode = "200", description = "A stream of notifications")
    public Multi<NotificationView> stream() {
        Locale locale = Messages.localeOf(headers);
        return notifications.live(reader()).map(n -> view(n, false, locale));
    }

    private Notifications.Reader reader() {
        return new Notifications.Reader(caller.account(), identity.getRoles(), caller.divisionPrefix());
    }

    private NotificationView view(Notification n, boolean read, Locale locale) {
        Object[] arguments;
        try {
            arguments = json.readValue(n.arguments, String[].class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return new NotificationView(n.id, n.kind, Messages.get(locale, "notification." + n.kind + ".title", arguments),
                Messages.get(locale, "notification." + n.kind + ".body", arguments), n.villageCode, n.reference, n.createdAt, read);
    }

    private static OffsetDateTime parseTime(String text, String cursor) {
        try {
            return OffsetDateTime.parse(text);
        } catch (RuntimeException e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("cursor", "cursor", cursor)));
        }
    }
}
