import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures village-service against a running stack: a bulk import of VILLAGES villages (dry run,
 * then for real, then the same file again), and keyset-paged listing with filters from CLIENTS
 * concurrent clients for SECONDS seconds. Needs only a JDK:
 *
 *   javac -d /tmp/bench deploy/loadtest/*.java && java -cp /tmp/bench VillageBenchmark http://localhost:8081 ~/.bastion/devstack/tokens.env [villages] [clients] [seconds]
 *
 * deploy/loadtest/village.sh starts a fresh stack, runs this and stops the stack.
 */
public class VillageBenchmark {

    static final String COUNTY = "410423";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = Bench.token(Path.of(args[1]), "BASTION_TOKEN_COUNTY_ADMIN");
        int villages = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int perTownship = 390;
        int townships = (villages + perTownship - 1) / perTownship;

        send(base, token, "POST", "/api/v1/divisions", "application/json", "{\"code\":\"" + COUNTY + "000000\",\"name\":\"鲁山县\"}", 201, 409);
        for (int t = 0; t < townships; t++) {
            send(base, token, "POST", "/api/v1/divisions", "application/json",
                    "{\"code\":\"" + township(t) + "000\",\"name\":\"乡" + t + "\"}", 201, 409);
        }
        StringBuilder csv = new StringBuilder("code,name,urbanRuralClass,households,population,partyMembers,partyOrganizationForm\n");
        for (int i = 0; i < villages; i++) {
            int segment = i % perTownship + 1;
            csv.append(township(i / perTownship)).append(String.format("%03d", segment)).append(',')
                    .append("测试").append(i).append("村,").append(segment >= 200 ? "220" : "112").append(',')
                    .append(300 + i % 500).append(',').append(1200 + i % 2000).append(',').append(30 + i % 60).append(",BRANCH\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "import of %,d villages (%.1f MB CSV, %d townships)%n", villages, body.length / 1e6, townships);
        for (String run : List.of("dry run", "first import", "same file again")) {
            long start = System.nanoTime();
            String summary = send(base, token, "POST", "/api/v1/villages/import?dryRun=" + run.equals("dry run"),
                    "text/csv; charset=UTF-8", body, 200);
            double took = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  %-16s %6.2f s  %,9.0f lines/s  %s%n", run, took, villages / took,
                    summary.replaceAll("\"rejected\":\\[.*", "").replaceAll("[{}\"]", ""));
        }

        System.out.printf(Locale.ROOT, "listing: %d clients for %d s, limit=50, random township filter, half with a name filter, following next links%n",
                clients, seconds);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                String next = null;
                while (System.nanoTime() < end) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    String path = next != null ? next : "/api/v1/villages?limit=50&township=" + township(random.nextInt(townships))
                            + (random.nextBoolean() ? "&q=" + random.nextInt(10) : "");
                    long start = System.nanoTime();
                    try {
                        String page = send(base, token, "GET", path, null, (byte[]) null, 200);
                        latencies.add(System.nanoTime() - start);
                        Matcher link = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(page);
                        next = link.find() && random.nextInt(4) > 0 ? link.group(1) : null;
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        next = null;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "  %,d requests, %,.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%n",
                sorted.size(), sorted.size() / (double) seconds, Bench.pct(sorted, 50), Bench.pct(sorted, 95), Bench.pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, errors.get());
    }

    static String township(int index) {
        return COUNTY + String.format("%03d", 100 + index);
    }

    static String send(String base, String token, String method, String path, String type, String body, int... ok) throws Exception {
        return Bench.send(base, token, method, path, type, body.getBytes(StandardCharsets.UTF_8), ok);
    }

    static String send(String base, String token, String method, String path, String type, byte[] body, int... ok) throws Exception {
        return Bench.send(base, token, method, path, type, body, ok);
    }
}
