package io.bastion.platform.problem;

import io.bastion.platform.domain.Violation;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Documents the problem responses of every operation in one place, from what its method and path
 * make possible, so that no operation's error answers go undocumented and resources stay thin.
 */
public class ProblemResponses implements OASFilter {

    private record Answer(String status, String description, String type, String title, String detail) {
    }

    private static final Answer MALFORMED = new Answer("400", "The request cannot be read: not JSON, a wrong type, an unknown field, a bad cursor or limit",
            "malformed-request", "请求格式错误", "请求无法解析，详见 errors");
    private static final Answer UNAUTHORIZED = new Answer("401", "No valid bearer token",
            "unauthorized", "未登录", "需要有效的 Bearer 令牌");
    private static final Answer FORBIDDEN = new Answer("403", "The role may not do this (`forbidden`), a division code the request names "
            + "is outside the caller's division (`out-of-scope`), the token has no usable division (`no-division-claim`), or a rule of "
            + "the domain refuses this caller",
            "out-of-scope", "超出管辖范围", "410423204201 不在你的管辖范围 410423203 内");
    private static final Answer NOT_FOUND = new Answer("404", "No such record, or none the caller reaches: the two are not told apart",
            "not-found", "未找到", "未找到村庄 410423203299");
    private static final Answer STALE = new Answer("412", "If-Match names a version that is no longer current, or is a weak tag",
            "version-mismatch", "版本已过期", "村庄 410423203201 已被他人修改，当前为第 8 版；请重新读取后再修改");
    private static final Answer PRECONDITION = new Answer("428", "If-Match is missing",
            "precondition-required", "缺少 If-Match", "修改前请先读取，并在 If-Match 中带上读取时得到的 ETag");
    private static final Answer INTERNAL = new Answer("500", "A defect; quote the incident id",
            "internal-error", "服务器内部错误", "这是系统缺陷，请把事件编号 0f6d3c1e-8a4f-4c55-9a3e-2b1f8a6d9e01 告知管理员");

    /**
     * The service's own typical 409 and 422, from its configuration: {@code bastion.openapi.conflict-example}
     * is {@code type|detail}, {@code bastion.openapi.invalid-example} is {@code type|field|rule|rejected};
     * titles and messages come from the bundles, as in a real answer.
     */
    private final Answer conflict;
    private final Answer invalid;
    private final Violation invalidField;

    public ProblemResponses() {
        Config config = ConfigProvider.getConfig();
        String[] clash = config.getValue("bastion.openapi.conflict-example", String.class).split("\\|", 2);
        conflict = new Answer("409", "Clashes with what exists or with the state of the record",
                clash[0], Messages.get(Locale.CHINESE, "problem." + clash[0] + ".title"), clash[1]);
        String[] rejected = config.getValue("bastion.openapi.invalid-example", String.class).split("\\|", 4);
        invalid = new Answer("422", "Breaks domain rules; errors lists every field that failed", rejected[0],
                Messages.get(Locale.CHINESE, "problem." + rejected[0] + ".title"),
                Messages.get(Locale.CHINESE, "problem." + rejected[0] + ".detail"));
        invalidField = new Violation(rejected[1], rejected[2], rejected[3]);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> document(path, method, operation));
        });
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean onOne = path.endsWith("}");
        List<Answer> answers = new java.util.ArrayList<>(List.of(MALFORMED, UNAUTHORIZED, FORBIDDEN, INTERNAL));
        switch (method) {
            case POST -> {
                answers.addAll(List.of(conflict, invalid));
                if (path.contains("{")) {
                    answers.add(NOT_FOUND);
                }
            }
            case PATCH, PUT -> answers.addAll(List.of(NOT_FOUND, STALE, invalid, PRECONDITION));
            case DELETE -> answers.addAll(List.of(NOT_FOUND, STALE, PRECONDITION));
            case GET -> {
                if (onOne) {
                    answers.add(NOT_FOUND);
                }
            }
            default -> {
            }
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        for (Answer answer : answers) {
            // Quarkus adds bare 401/403 answers for secured operations; ours say what the body is.
            var existing = responses.getAPIResponse(answer.status());
            if (existing == null || existing.getContent() == null || existing.getContent().getMediaType(Problem.MEDIA_TYPE) == null) {
                responses.addAPIResponse(answer.status(), OASFactory.createAPIResponse()
                        .description(answer.description())
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem"))
                                .example(example(answer, path)))));
            }
        }
        operation.setResponses(responses);
        describeAccess(operation);
    }

    /**
     * Says in the description who may call the operation, from the roles its security requirement
     * names (its {@code @RolesAllowed}): the table in docs/conventions.md, operation by operation.
     */
    private static void describeAccess(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<String> roles = operation.getSecurity().stream()
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .flatMap(List::stream).distinct().toList();
        if (roles.isEmpty()) {
            return;
        }
        String access = "\n\nWho may call it: " + String.join(", ", roles) + ". Each reaches only its own division (a county "
                + "leader or a department, its paired villages); what it does not reach is not found.";
        String description = operation.getDescription() == null ? operation.getSummary() : operation.getDescription();
        operation.setDescription((description == null ? "" : description) + access);
    }

    private Map<String, Object> example(Answer answer, String path) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + answer.type());
        example.put("title", answer.title());
        example.put("status", Integer.parseInt(answer.status()));
        example.put("detail", answer.detail());
        example.put("instance", path.replace("{code}", "410423203201"));
        if (answer == invalid) {
            example.put("errors", List.of(Map.of("field", invalidField.field(), "rule", invalidField.rule(),
                    "rejected", invalidField.rejected(), "message", ProblemMappers.ruleMessage(Locale.CHINESE, invalidField))));
        }
        return example;
    }

    private static Schema fieldErrorSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One field that failed one rule: `rule` for programs, `message` for people")
                .addProperty("field", text).addProperty("rule", text)
                .addProperty("rejected", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("the value that failed, as text"))
                .addProperty("message", text);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema error = OASFactory.createSchema().ref("FieldError");
        return OASFactory.createSchema()
                .description("RFC 9457 problem details; `type` is stable and documented under docs/problems, "
                        + "`title`, `detail` and each `message` follow Accept-Language (Chinese by default)")
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(error))
                .addProperty("allowed", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(text)
                        .description("for a move the case lifecycle does not have (409 `illegal-transition`): the moves it has"))
                .required(List.of("type", "title", "status"));
    }
}
