import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures plan-service with village-service against a running stack: CASES cases opened in
 * village-service; how long until plan-service knows them all (the event path); CLIENTS township
 * clients taking every case's plan through draft, submission, evaluation, a returned audit round,
 * revision, resubmission and approval (seven requests a plan); how long until village-service has
 * every case RECTIFYING (the event path back); and the county's work queues under load. Needs only a JDK:
 *
 *   javac -d /tmp/bench deploy/loadtest/*.java && java -cp /tmp/bench PlanBenchmark http://localhost:8081 http://localhost:8082 ~/.bastion/devstack/tokens.env [cases] [clients]
 *
 * deploy/loadtest/plan.sh starts a fresh stack, runs this and stops the stack.
 */
public class PlanBenchmark {

    static final String TOWNSHIP = "410423203";
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Map<String, List<Long>> STEPS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String village = args[0];
        String plan = args[1];
        String admin = Bench.token(Path.of(args[2]), "BASTION_TOKEN_COUNTY_ADMIN");
        String township = Bench.token(Path.of(args[2]), "BASTION_TOKEN_TOWNSHIP_OPERATOR");
        int cases = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        if (cases > 399) {
            throw new IllegalArgumentException("one township holds at most 399 villages");
        }

        send(village, admin, "POST", "/api/v1/divisions", "{\"code\":\"410423000000\",\"name\":\"鲁山县\"}", 201, 409);
        send(village, admin, "POST", "/api/v1/divisions", "{\"code\":\"" + TOWNSHIP + "000\",\"name\":\"熊背乡\"}", 201, 409);
        StringBuilder csv = new StringBuilder("code,name,urbanRuralClass\n");
        for (int i = 1; i <= cases; i++) {
            csv.append(code(i)).append(",测试").append(i).append("村,220\n");
        }
        Bench.send(village, admin, "POST", "/api/v1/villages/import", "text/csv; charset=UTF-8", csv.toString().getBytes(StandardCharsets.UTF_8), 200);

        List<String> caseIds = Collections.synchronizedList(new ArrayList<>());
        long opening = System.nanoTime();
        parallel(clients, cases, i -> {
            String body = send(village, township, "POST", "/api/v1/cases", "{\"villageCode\":\"" + code(i + 1) + "\",\"campaignYear\":2026,"
                    + "\"categories\":[\"TEAM_INCOMPLETE\",\"DISCLOSURE_CHAOS\"],\"basis\":\"书记缺职，村务不公开\",\"source\":\"SCREENING\",\"grade\":\"CITY_B\"}", 201);
            caseIds.add(match(ID, body));
        });
        double opened = seconds(opening);
        int known = awaitCount(plan, admin, "/api/v1/cases?withoutPlan=true&limit=500", cases);
        double projected = seconds(opening);
        System.out.printf(Locale.ROOT, "%d cases opened in village-service by %d clients in %.1f s (%.0f/s); plan-service knew all %d %.1f s after the first was opened%n",
                cases, clients, opened, cases / opened, known, projected);

        String deadline = LocalDate.now().plusMonths(6).toString();
        long flows = System.nanoTime();
        parallel(clients, cases, i -> planFlow(plan, admin, township, caseIds.get(i), deadline));
        double planned = seconds(flows);
        System.out.printf(Locale.ROOT, "%d plans taken through 7 steps by %d clients in %.1f s: %.1f plans/s, %.0f requests/s%n",
                cases, clients, planned, cases / planned, cases * 7 / planned);
        for (String step : List.of("draft", "submit", "evaluate", "return", "revise", "resubmit", "approve")) {
            List<Long> sorted = new ArrayList<>(STEPS.get(step));
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "  %-9s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", step, Bench.pct(sorted, 50), Bench.pct(sorted, 95),
                    sorted.get(sorted.size() - 1) / 1e6);
        }
        int rectifying = awaitCount(village, admin, "/api/v1/cases?status=RECTIFYING&township=" + TOWNSHIP + "&limit=500", cases);
        System.out.printf(Locale.ROOT, "village-service had all %d cases RECTIFYING %.1f s after the last approval%n", rectifying, seconds(flows) - planned);

        List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        parallel(clients, clients, c -> {
            String[] paths = {"/api/v1/plans?stage=APPROVED&limit=50", "/api/v1/measures?dueWithin=366&limit=50",
                    "/api/v1/plans?minReturns=1&township=" + TOWNSHIP + "&limit=50"};
            int n = 0;
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                try {
                    send(plan, admin, "GET", paths[n++ % paths.length], null, 200);
                    reads.add(System.nanoTime() - start);
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }
        });
        List<Long> sorted = new ArrayList<>(reads);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "work queues, %d clients for 10 s: %.0f req/s, p50 %.1f ms, p95 %.1f ms, %d errors%n",
                clients, sorted.size() / 10.0, Bench.pct(sorted, 50), Bench.pct(sorted, 95), errors.get());
    }

    /** One plan's three steps with one return, as the township and the county would take it. */
    static void planFlow(String plan, String admin, String township, String caseId, String deadline) throws Exception {
        String measures = "{\"key\":\"M1\",\"problem\":\"P1\",\"action\":\"选派第一书记\",\"remedy\":\"WEAKNESS\",\"responsiblePerson\":\"王军\",\"deadline\":\"" + deadline + "\"}";
        HttpResponse<String> r = timed("draft", plan, township, "POST", "/api/v1/plans", "{\"caseId\":\"" + caseId + "\",\"goals\":\"配齐班子\","
                + "\"problems\":[{\"key\":\"P1\",\"category\":\"TEAM_INCOMPLETE\",\"description\":\"书记缺职\"}],\"measures\":[" + measures + "],"
                + "\"committeeMeeting\":{\"date\":\"2026-11-02\",\"attendees\":[\"张书记\"],\"decision\":\"ADOPTED\"},"
                + "\"representativesMeeting\":{\"date\":\"2026-11-05\",\"representativesTotal\":30,\"present\":24,\"inFavour\":20,\"against\":2,\"abstain\":2}}", null, 201);
        String path = "/api/v1/plans/" + match(ID, r.body());
        r = timed("submit", plan, township, "POST", path + "/submission", null, etag(r), 200);
        r = timed("evaluate", plan, admin, "POST", path + "/evaluations", "{\"feasibility\":\"可行\",\"expectedEffect\":\"可望转化\","
                + "\"suggestions\":[{\"remedy\":\"WEAKNESS\",\"suggestion\":\"选好书记\"}]}", etag(r), 200);
        String judged = "[{\"rule\":\"PROBLEMS_ACCURATE\",\"passed\":%s},{\"rule\":\"MEASURES_ACTIONABLE\",\"passed\":true},{\"rule\":\"OWNER_AND_DEADLINE\",\"passed\":true}]";
        r = timed("return", plan, admin, "POST", path + "/audits", "{\"decision\":\"RETURN\",\"judgements\":" + judged.formatted(false)
                + ",\"reasons\":[\"村务公开问题未列入\"]}", etag(r), 200);
        r = timed("revise", plan, township, "PATCH", path, "{\"problems\":[{\"key\":\"P1\",\"category\":\"TEAM_INCOMPLETE\",\"description\":\"书记缺职\"},"
                + "{\"key\":\"P2\",\"category\":\"DISCLOSURE_CHAOS\",\"description\":\"村务不公开\"}],\"measures\":[" + measures + ","
                + measures.replace("M1", "M2").replace("P1", "P2").replace("WEAKNESS", "LAXITY") + "]}", etag(r), 200);
        r = timed("resubmit", plan, township, "POST", path + "/submission", null, etag(r), 200);
        timed("approve", plan, admin, "POST", path + "/audits", "{\"decision\":\"APPROVE\",\"judgements\":" + judged.formatted(true) + "}", etag(r), 200);
    }

    static HttpResponse<String> timed(String step, String base, String token, String method, String path, String body, String ifMatch, int ok)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = Bench.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        STEPS.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - start);
        if (response.statusCode() != ok) {
            throw new IllegalStateException(step + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    /** Polls a list (following next links) until it holds at least {@code count} items or a minute has passed. */
    static int awaitCount(String base, String token, String path, int count) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        int found = 0;
        while (System.nanoTime() < until) {
            found = 0;
            String next = path;
            while (next != null) {
                String page = send(base, token, "GET", next, null, 200);
                found += page.split("\"villageCode\"", -1).length - 1;
                Matcher link = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(page);
                next = link.find() ? link.group(1) : null;
            }
            if (found >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(path + " holds " + found + " of " + count + " after a minute");
    }

    interface Task {
        void run(int index) throws Exception;
    }

    static void parallel(int clients, int tasks, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            int index = i;
            running.add(pool.submit(() -> {
                task.run(index);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    static String code(int i) {
        return TOWNSHIP + String.format("%03d", i);
    }

    static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no match for " + pattern + " in " + text);
        }
        return m.group(1);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String send(String base, String token, String method, String path, String body, int... ok) throws Exception {
        return Bench.send(base, token, method, path, "application/json", body == null ? null : body.getBytes(StandardCharsets.UTF_8), ok);
    }
}
