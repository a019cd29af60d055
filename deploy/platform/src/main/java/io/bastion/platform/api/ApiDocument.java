package io.bastion.platform.api;

import io.bastion.platform.problem.ProblemResponses;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completes every service's OpenAPI document with what the platform does for every operation, so
 * that a resource states only what is its own: the problem answers and who may call
 * ({@link ProblemResponses}); the headers the platform sets ({@code ETag} on every versioned record,
 * {@code Location} and {@code Idempotent-Replayed} on creates); a merge-patch schema for every PATCH;
 * the paging cursor; the servers and the licence.
 */
public class ApiDocument implements OASFilter {

    private static final String ETAG = "ETag";
    private static final String LOCATION = "Location";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ProblemResponses().filterOpenAPI(openAPI);
        openAPI.getInfo().license(OASFactory.createLicense().name("Proprietary: the province's Party organization departments")
                .url("https://bastion.example/licence"));
        openAPI.servers(List.of(OASFactory.createServer()
                .url(ConfigProvider.getConfig().getValue("bastion.openapi.server-url", String.class))
                .description("The local stack (bastion-devstack); a deployment serves the same paths on its own host")));
        openAPI.getComponents()
                .addHeader(ETAG, header("The record's version, to send back in If-Match", OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING).pattern("^\"[0-9]+\"$").examples(List.of("\"3\""))))
                .addHeader(LOCATION, header("Where the record created can be read", OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING).format("uri-reference")))
                .addHeader(IdempotentCreate.REPLAYED, header("`true` when this answer is the first one again, for a retry "
                        + "with the same Idempotency-Key; nothing was created this time", OASFactory.createSchema()
                        .addType(Schema.SchemaType.BOOLEAN)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    declareHeaders(openAPI, operation);
                    patchSchema(openAPI, operation);
                    describeCursor(operation);
                    boundQueryText(operation);
                    bearerWithoutScopes(operation);
                });
            }
        });
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    /**
     * A versioned record (its schema has {@code version}) is answered with its {@code ETag}; a create
     * with where it is, and, when the create takes an Idempotency-Key, whether the answer is a replay.
     */
    private static void declareHeaders(OpenAPI openAPI, Operation operation) {
        boolean idempotent = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IdempotentCreate.HEADER.equals(p.getName()));
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (versioned(openAPI, response)) {
                response.addHeader(ETAG, OASFactory.createHeader().ref(ETAG));
            }
            if (status.equals("201")) {
                response.addHeader(LOCATION, OASFactory.createHeader().ref(LOCATION));
                if (idempotent) {
                    response.addHeader(IdempotentCreate.REPLAYED, OASFactory.createHeader().ref(IdempotentCreate.REPLAYED));
                }
            }
        });
    }

    private static boolean versioned(OpenAPI openAPI, APIResponse response) {
        if (response.getContent() == null) {
            return false;
        }
        MediaType json = response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        Schema schema = json == null ? null : component(openAPI, json.getSchema());
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    private static Schema component(OpenAPI openAPI, Schema schema) {
        if (schema == null || schema.getRef() == null) {
            return null;
        }
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        return openAPI.getComponents().getSchemas().get(name);
    }

    /**
     * A PATCH takes a JSON merge patch (RFC 7386) of the record's draft: every field optional, and
     * {@code null} to clear one. It gets a schema of its own, {@code <Draft>Patch}, so that a generated
     * client sends only the fields set and can send a null; the draft itself requires what a create does.
     */
    private static void patchSchema(OpenAPI openAPI, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE) == null) {
            return;
        }
        Map<String, MediaType> types = operation.getRequestBody().getContent().getMediaTypes();
        Schema draft = types.get(MergePatch.MEDIA_TYPE).getSchema();
        Schema record = component(openAPI, draft);
        if (record == null) {
            return;
        }
        String name = draft.getRef().substring(draft.getRef().lastIndexOf('/') + 1) + "Patch";
        if (openAPI.getComponents().getSchemas().get(name) == null) {
            Schema patch = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("A JSON merge patch (RFC 7386) of " + draft.getRef().substring(draft.getRef().lastIndexOf('/') + 1)
                            + ": a field present replaces the value, `null` clears an optional field, a field absent stays as it is");
            record.getProperties().forEach((field, schema) -> patch.addProperty(field, nullable(schema)));
            openAPI.getComponents().addSchema(name, patch);
        }
        types.forEach((type, media) -> media.schema(OASFactory.createSchema().ref(name)));
    }

    private static Schema nullable(Schema schema) {
        Schema none = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
        if (schema.getRef() != null) {
            return OASFactory.createSchema().oneOf(List.of(OASFactory.createSchema().ref(schema.getRef()), none))
                    .description(schema.getDescription());
        }
        Schema copy = OASFactory.createSchema().type(new ArrayList<>(schema.getType() == null ? List.of() : schema.getType()))
                .format(schema.getFormat()).description(schema.getDescription()).pattern(schema.getPattern())
                .minimum(schema.getMinimum()).maximum(schema.getMaximum()).maxLength(schema.getMaxLength())
                .items(schema.getItems()).enumeration(schema.getEnumeration()).examples(schema.getExamples());
        if (schema.getEnumeration() != null) {
            copy.addEnumeration(null);
        }
        return copy.addType(Schema.SchemaType.NULL);
    }

    private static void describeCursor(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.QUERY && "cursor".equals(p.getName()))
                .forEach(p -> p.description("Where the page starts: the `cursor` query parameter of the previous page's `next` "
                        + "link (or follow `next` as it is). Opaque; absent for the first page.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    /** A query value is at most {@value RequestText#MAX_VALUE_LENGTH} characters ({@link RequestText}), whatever else it is. */
    private static void boundQueryText(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.QUERY && p.getSchema() != null && p.getSchema().getMaxLength() == null
                        && p.getSchema().getType() != null && p.getSchema().getType().contains(Schema.SchemaType.STRING))
                .forEach(p -> p.getSchema().maxLength(RequestText.MAX_VALUE_LENGTH));
    }

    /**
     * The roles allowed are said in the description ({@link ProblemResponses}); a bearer token's
     * security requirement lists no scopes, which OpenAPI reserves for OAuth2 and OpenID Connect.
     */
    private static void bearerWithoutScopes(Operation operation) {
        if (operation.getSecurity() != null) {
            operation.setSecurity(operation.getSecurity().stream().map(requirement -> {
                SecurityRequirement bearer = OASFactory.createSecurityRequirement();
                requirement.getSchemes().keySet().forEach(bearer::addScheme);
                return bearer;
            }).toList());
        }
    }
}
