package io.bastion.platform.problem;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused by Vert.x before the REST layer
 * sees it, with an empty 413. These two handlers give that answer the problem+json shape: one ahead
 * of everything for a declared length over the limit, one for a streamed body that runs over it.
 */
public class OversizeBodies {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void install(@Observes StartupEvent event, Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > limit.asLongValue()) {
                refuse(context);
            } else {
                context.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private static void refuse(RoutingContext context) {
        HttpServerRequest request = context.request();
        Locale locale = Messages.localeOf(request.getHeader("Accept-Language"));
        Problem problem = new Problem(Problem.TYPE_BASE + "payload-too-large",
                Messages.get(locale, "problem.payload-too-large.title"), 413,
                Messages.get(locale, "problem.payload-too-large.detail"), request.path(), List.of(), null);
        // The unread body would follow on this connection, so it is closed after the answer.
        context.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", locale.getLanguage())
                .putHeader("Connection", "close")
                .end(Json.encode(problem))
                .onComplete(done -> request.connection().close());
    }
}
