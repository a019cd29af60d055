package io.bastion.devstack.infra;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for a tracing collector: takes what services export over OTLP (HTTP, protobuf) and keeps
 * the request bodies, so a test can ask whether a trace reached it. A span's trace id travels as its
 * 16 raw bytes, which is all this looks for.
 */
public final class OtlpCollector implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    private OtlpCollector(HttpServer server) {
        this.server = server;
    }

    static OtlpCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            OtlpCollector collector = new OtlpCollector(server);
            server.createContext("/", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    collector.exports.add(body.readAllBytes());
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException("the test collector did not start", e);
        }
    }

    /** Where services send their traces. */
    public String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Waits up to 30 s for a span of the trace (32 hex digits) to be exported here. */
    public boolean awaitTrace(String traceId) {
        byte[] wanted = HexFormat.of().parseHex(traceId);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (exports.stream().anyMatch(body -> contains(body, wanted))) {
                return true;
            }
            // A pause, not a spin: the service exporting the span needs the CPU.
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return false;
    }

    private static boolean contains(byte[] body, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= body.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (body[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
