package io.bastion.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.bastion.platform.api.PersonalData;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.PreconditionMissing;
import io.bastion.platform.domain.Refused;
import io.bastion.platform.domain.StaleVersion;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.persistence.TransientFailure;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every failure into an RFC 9457 problem in the caller's language; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, HttpHeaders headers, UriInfo uri) {
        return problem(422, e.problemType(), e.violations(), headers, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return problem(404, "not-found", List.of(), headers, uri,
                Messages.get(locale, "kind." + e.kind()), e.key());
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e, HttpHeaders headers, UriInfo uri) {
        Response response = problem(409, e.problemType(), List.of(), headers, uri, e.arguments());
        if (e.allowed() != null) {
            Problem body = (Problem) response.getEntity();
            return Response.fromResponse(response).entity(new Problem(body.type(), body.title(), body.status(), body.detail(),
                    body.instance(), body.errors(), e.allowed())).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response refused(Refused e, HttpHeaders headers, UriInfo uri) {
        return problem(403, e.problemType(), List.of(), headers, uri, e.arguments());
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersion e, HttpHeaders headers, UriInfo uri) {
        return problem(412, "version-mismatch", List.of(), headers, uri,
                Messages.get(Messages.localeOf(headers), "kind." + e.kind()), e.key(), e.currentVersion());
    }

    @ServerExceptionMapper
    public Response preconditionMissing(PreconditionMissing e, HttpHeaders headers, UriInfo uri) {
        return problem(428, "precondition-required", List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, HttpHeaders headers, UriInfo uri) {
        Response answer = problem(e.status(), e.type(), e.violations(), headers, uri, e.arguments());
        // An upload refused halfway: the rest of it would follow on this connection, so it closes.
        return e.status() == 413 ? Response.fromResponse(answer).header("Connection", "close").build() : answer;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(lastNode(v.getPropertyPath().toString()),
                        kebab(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                        v.getInvalidValue()))
                .collect(Collectors.toList());
        return problem(422, "validation-failed", violations, headers, uri);
    }

    /**
     * A body that is not JSON, or JSON of the wrong shape: 400, naming the field where possible, in
     * words of the schema (text, a whole number, a date), never the parser's own.
     * Listed type by type, ahead of the JSON extension's own mappers for the same types.
     */
    @ServerExceptionMapper(value = {JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class}, priority = 1)
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return problem(400, "malformed-request", List.of(JsonFaults.violation(e)), headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return challenge(problem(401, "unauthorized", List.of(), headers, uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return challenge(problem(401, "unauthorized", List.of(), headers, uri));
    }

    private static Response challenge(Response problem) {
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return problem(403, "forbidden", List.of(), headers, uri);
    }

    /** JAX-RS's own answers (no such path, wrong method, media type, body too large) in our shape. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String type = switch (status) {
            case 404 -> "no-such-resource";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> "malformed-request";
        };
        return problem(status, type, List.of(), headers, uri);
    }

    /**
     * Anything else is a bug: logged with an id the caller can quote, and no internals shown. Except a
     * write that lost a race with another on the same record (the database's version check at
     * commit): that is the caller's 409, to read again and retry; and the database restarting or
     * failing over, which is a 503 to try again shortly.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (TransientFailure.isTransient(e)) {
            LOG.warnf("database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e.getClass().getName());
            return Response.fromResponse(problem(503, "unavailable", List.of(), headers, uri))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return problem(409, "concurrent-update", List.of(), headers, uri);
            }
            if (cause instanceof SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                // Row-level security refused a row outside the caller's scope: the write did not happen.
                return problem(403, "record-out-of-scope", List.of(), headers, uri);
            }
        }
        String incident = UUID.randomUUID().toString();
        // A database error can quote the row it refused; the log keeps no personal number in full.
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        LOG.errorf("incident %s on %s: %s", incident, uri == null ? "?" : uri.getPath(), PersonalData.redacted(trace.toString()));
        return problem(500, "internal-error", List.of(), headers, uri, incident);
    }

    private static Response problem(int status, String type, List<Violation> violations,
                                    HttpHeaders headers, UriInfo uri, Object... arguments) {
        Locale locale = Messages.localeOf(headers);
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> Problem.FieldError.of(v, locale))
                .toList();
        String detailKey = "problem." + type + ".detail";
        Problem body = new Problem(
                Problem.TYPE_BASE + type,
                Messages.get(locale, "problem." + type + ".title"),
                status,
                Messages.has(detailKey) ? Messages.get(locale, detailKey, arguments) : null,
                uri == null ? null : uri.getRequestUri().getRawPath(),
                errors,
                null);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(body)
                .build();
    }

    public static String ruleMessage(Locale locale, Violation v) {
        Object[] arguments = new Object[v.arguments().length + 1];
        arguments[0] = v.rejected();
        System.arraycopy(v.arguments(), 0, arguments, 1, v.arguments().length);
        // A rule without words would show its key: it gets the general words, and the defect is logged.
        if (!Messages.has("rule." + v.rule())) {
            LOG.warnf("no message for the rule %s", v.rule());
            return Messages.get(locale, "rule.invalid");
        }
        return Messages.get(locale, "rule." + v.rule(), arguments);
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
