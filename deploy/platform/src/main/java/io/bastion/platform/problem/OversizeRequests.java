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
 * Requests too large to serve, refused before anything reads them, as problems. Vert.x itself would
 * answer an empty 413, 414 or 431; its own limits on the request line and headers
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are therefore set
 * well above ours (the platform's {@code microprofile-config.properties}), and ours are applied here,
 * ahead of every route: a request line over {@value #MAX_LINE} bytes, headers over {@value #MAX_HEADERS}
 * bytes, a declared body over {@code quarkus.http.limits.max-body-size}, and a streamed body that runs
 * over it.
 */
public class OversizeRequests {

    /** A request line: the longest query of ours is a few hundred bytes. */
    static final int MAX_LINE = 4096;
    /** All headers: a token is a kilobyte or two. */
    static final int MAX_HEADERS = 16384;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void install(@Observes StartupEvent event, Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpServerRequest request = context.request();
            String length = request.getHeader("Content-Length");
            if (request.uri().length() + request.method().name().length() + 10 > MAX_LINE) {
                refuse(context, 414, "uri-too-long");
            } else if (headerBytes(request) > MAX_HEADERS) {
                refuse(context, 431, "headers-too-large");
            } else if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > limit.asLongValue()) {
                refuse(context, 413, "payload-too-large");
            } else {
                context.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                refuse(context, 413, "payload-too-large");
            } else {
                context.next();
            }
        });
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (var header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static void refuse(RoutingContext context, int status, String type) {
        HttpServerRequest request = context.request();
        Locale locale = Messages.localeOf(request.getHeader("Accept-Language"));
        String path = request.path() == null || request.path().length() > 200 ? null : request.path();
        Problem problem = new Problem(Problem.TYPE_BASE + type,
                Messages.get(locale, "problem." + type + ".title"), status,
                Messages.get(locale, "problem." + type + ".detail"), path, List.of(), null);
        // The unread body would follow on this connection, so it is closed after the answer.
        context.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", locale.getLanguage())
                .putHeader("Connection", "close")
                .end(Json.encode(problem))
                .onComplete(done -> request.connection().close());
    }
}
