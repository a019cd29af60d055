import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What every benchmark here needs: the printed tokens, requests that must answer as expected, percentiles. */
final class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Bench() {
    }

    /** A token from the tokens.env the local stack writes. */
    static String token(Path file, String variable) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith("export " + variable + "="))
                .map(l -> l.substring(("export " + variable + "=").length())).findFirst()
                .orElseThrow(() -> new IllegalStateException(variable + " not in " + file));
    }

    /** Sends a request (a GET when there is no body) and returns the body if the status is one of {@code ok}. */
    static String send(String base, String token, String method, String path, String type, byte[] body, int... ok) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : ok) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }

    /** The p-th percentile of sorted nanosecond latencies, in milliseconds. */
    static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
