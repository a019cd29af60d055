package io.bastion.supervision.api;

import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.HeaderParam;
import io.smallrye.common.annotation.Blocking;
import io.bastion.platform.security.StreamTicketAuthentication;
import io.bastion.platform.domain.Now;
import io.bastion.platform.api.StreamTickets;
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

import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "Each reader's inbox, and a live stream of what arrives")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** The header a reconnecting EventSource names the last event it received with. */
    static final String LAST_EVENT_ID = "Last-Event-ID";
    /** How long a browser waits before it reconnects a dropped stream. */
    private static final Duration RECONNECT = Duration.ofSeconds(3);

    @Inject
    Notifications notifications;

    @Inject
    StreamTickets tickets;

    @ConfigProperty(name = "bastion.notifications.heartbeat", defaultValue = "PT15S")
    Duration heartbeat;

    @Context
    Sse sse;

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
        OffsetDateTime beforeTime = before == null ? null : parseTime(before.sort(), "cursor");
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

    @Schema(name = "StreamTicket", description = "A ticket that opens the caller's notification stream from a browser")
    public record StreamTicketView(@Schema(description = "opaque; send it as the stream's `ticket` parameter") String ticket,
                                   @Schema(description = "after this the ticket opens nothing; a stream open by then stays open")
                                   OffsetDateTime expiresAt,
                                   @Schema(description = "the stream's address with the ticket, for `new EventSource(url)`") String stream) {
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Path("stream-tickets")
    @Operation(operationId = "issueStreamTicket",
            summary = "Get a ticket to follow one's notifications from a browser", description = "A browser's `EventSource` cannot "
            + "send a bearer token. This ticket stands for the caller's token on the stream only, until `expiresAt` (a minute, "
            + "`bastion.stream.ticket-lifetime`): open `stream` with it before then. It names the caller's account, roles and "
            + "division and is signed, so any instance of the service takes it.")
    @APIResponse(responseCode = "200", description = "The ticket")
    public StreamTicketView issueTicket() {
        StreamTickets.Issued issued = tickets.issue(caller.account(), identity.getRoles(), caller.divisionPrefix());
        return new StreamTicketView(issued.ticket(), issued.expiresAt().atZone(Now.clock().getZone()).toOffsetDateTime(),
                // A ticket is URL-safe Base64 and a dot: it goes into the query as it is.
                "/api/v1/notifications/stream?" + StreamTicketAuthentication.PARAMETER + "=" + issued.ticket());
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(operationId = "streamNotifications",
            summary = "Follow one's notifications live", description = "Server-sent events, each a `notification` whose data is "
            + "the notification as the inbox shows it and whose `id` marks the place in the stream. With a bearer token, or "
            + "from a browser's `EventSource` with a `ticket` (`issueStreamTicket`). A comment line (`:heartbeat`) every 15 s "
            + "keeps proxies from closing a quiet stream. A client that reconnects with `Last-Event-ID` (EventSource does by "
            + "itself) first gets what came in between, up to 500, oldest first; the inbox has everything.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(type = SchemaType.STRING), example = "event:notification\nid:azoyMDI2LTExLTMwVDA5OjEyOjQ0KzA4OjAwfDBm.x3J4\n"
            + "retry:3000\ndata:{\"id\":\"0f6d3c1e-8a4f-4c55-9a3e-2b1f8a6d9e01\",\"kind\":\"acceptance-failed\",\"title\":\"验收未通过：小店村\",…}\n\n"
            + ":heartbeat\n\n"))
    public Multi<OutboundSseEvent> stream(
            // StreamTicketAuthentication reads the ticket before this runs; it is named here so the document has it.
            @Parameter(description = "a ticket from `issueStreamTicket`, for a browser that cannot send a bearer token")
            @QueryParam(StreamTicketAuthentication.PARAMETER) String ticket,
            @Parameter(description = "the `id` of the last event received: the stream starts after it")
            @HeaderParam(LAST_EVENT_ID) String lastEventId) {
        Locale locale = Messages.localeOf(headers);
        Paging.Keyed after = lastEvent(lastEventId);
        Multi<OutboundSseEvent> notified = notifications.following(reader(), after == null ? null : parseTime(after.sort(), LAST_EVENT_ID),
                        after == null ? null : after.id())
                .map(n -> sse.newEventBuilder().name("notification").id(Paging.encode(n.createdAt + "|" + n.id))
                        .reconnectDelay(RECONNECT.toMillis()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(NotificationView.class, view(n, false, locale)).build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(notified, heartbeats);
    }

    private static Paging.Keyed lastEvent(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Paging.decodeKeyed(lastEventId.trim());
        } catch (ApiProblem e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(LAST_EVENT_ID, "cursor", null)));
        }
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

    private static OffsetDateTime parseTime(String text, String field) {
        try {
            return OffsetDateTime.parse(text);
        } catch (RuntimeException e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, "cursor", null)));
        }
    }
}
