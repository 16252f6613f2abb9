import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B8, event seats, hot: PEOPLE members invited to each of EVENTS events of SEATS seats accept their
 * invitations all at once, one virtual thread each, through Allot's REST API. Reports the attempts
 * answered per second (the wall time from the start signal to the last answer, summed over the events),
 * p50/p99, the answers by status, and what the API says of the seats afterwards. The database check (zero
 * oversold) and the limit (the same transaction in pgbench) are bench/run's.
 *
 * <p>Usage: java SeatRace.java BASE_URL ADMIN_EMAIL ADMIN_PASSWORD PEOPLE EVENTS SEATS OUT_ENV PEOPLE_IDS_FILE
 */
public class SeatRace {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SEATS_LEFT = Pattern.compile("\"seatsLeft\"\\s*:\\s*(-?\\d+)");

    private static HttpClient http;
    private static String base;

    public static void main(String[] args) throws Exception {
        base = args[0] + "/api/v1";
        String adminEmail = args[1];
        String adminPassword = args[2];
        int people = Integer.parseInt(args[3]);
        int events = Integer.parseInt(args[4]);
        int seats = Integer.parseInt(args[5]);
        Path out = Path.of(args[6]);
        Path idsFile = Path.of(args[7]);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

        long t0 = System.nanoTime();
        String host = token(adminEmail, adminPassword);
        String run = Long.toString(System.currentTimeMillis(), 36);
        String[] tokens = new String[people];
        long[] ids = new long[people];
        parallel(people, 8, i -> {
            String email = "seat-" + run + "-" + i + "@bench.example";
            String password = "bench lantern " + i + " quietly counts river stones";
            send("POST", "/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                    + "\",\"displayName\":\"Seat " + i + "\"}", 201);
            HttpResponse<String> signedIn = send("POST", "/auth/token", null,
                    "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 200);
            tokens[i] = find(TOKEN, signedIn.body());
            ids[i] = Long.parseLong(find(Pattern.compile("\"user\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)"), signedIn.body()));
            return null;
        });
        long registered = System.nanoTime();

        // Events on distinct days, so that being accepted at one never overlaps another.
        Instant first = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(18));
        long[] eventIds = new long[events];
        for (int e = 0; e < events; e++) {
            Instant start = first.plus(Duration.ofDays(e));
            HttpResponse<String> created = send("POST", "/events", host, "{\"title\":\"B8 screening " + run + "-" + e
                    + "\",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(2))
                    + "\",\"timeZone\":\"UTC\",\"place\":\"Hall\",\"privacy\":\"INVITE_ONLY\",\"free\":true,\"seats\":"
                    + seats + "}", 201);
            eventIds[e] = Long.parseLong(find(ID, created.body()));
            long event = eventIds[e];
            parallel(people, 16, i -> send("POST", "/events/" + event + "/invitations", host,
                    "{\"personId\":" + ids[i] + "}", 201));
        }
        long invited = System.nanoTime();

        List<Long> latencies = new ArrayList<>();
        int[] byStatus = new int[600];
        long raceNanos = 0;
        int oversold = 0;
        for (long event : eventIds) {
            CountDownLatch ready = new CountDownLatch(people);
            CountDownLatch go = new CountDownLatch(1);
            ConcurrentLinkedQueue<long[]> answers = new ConcurrentLinkedQueue<>();
            long started;
            long finished;
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < people; i++) {
                    String token = tokens[i];
                    threads.submit(() -> {
                        HttpRequest request = request("POST", "/events/" + event + "/participation/accept", token, null);
                        ready.countDown();
                        go.await();
                        long t = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = 599;
                        }
                        answers.add(new long[] {status, System.nanoTime() - t, System.nanoTime()});
                        return null;
                    });
                }
                ready.await();
                started = System.nanoTime();
                go.countDown();
            }
            finished = answers.stream().mapToLong(a -> a[2]).max().orElse(started);
            raceNanos += finished - started;
            for (long[] a : answers) {
                byStatus[(int) a[0]]++;
                latencies.add(a[1]);
            }
            int left = Integer.parseInt(find(SEATS_LEFT, send("GET", "/events/" + event, host, null, 200).body()));
            if (left < 0) {
                oversold++;
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int attempts = sorted.length;
        StringBuilder env = new StringBuilder();
        env.append("attempts=").append(attempts).append('\n');
        env.append("events=").append(events).append('\n');
        env.append("people=").append(people).append('\n');
        env.append("seats=").append(seats).append('\n');
        env.append("accepted_200=").append(byStatus[200]).append('\n');
        env.append("refused_409=").append(byStatus[409]).append('\n');
        int errors = attempts - byStatus[200] - byStatus[409];
        env.append("errors=").append(errors).append('\n');
        env.append("api_oversold_events=").append(oversold).append('\n');
        env.append("race_s=").append(String.format("%.3f", raceNanos / 1e9)).append('\n');
        env.append("rate=").append(String.format("%.1f", attempts / (raceNanos / 1e9))).append('\n');
        env.append("p50_ms=").append(String.format("%.1f", percentile(sorted, 0.50) / 1e6)).append('\n');
        env.append("p99_ms=").append(String.format("%.1f", percentile(sorted, 0.99) / 1e6)).append('\n');
        env.append("register_s=").append((registered - t0) / 1_000_000_000).append('\n');
        env.append("invite_s=").append((invited - registered) / 1_000_000_000).append('\n');
        env.append("event_ids=").append(Arrays.toString(eventIds).replaceAll("[\\[\\] ]", "")).append('\n');
        Files.writeString(out, env.toString());
        Files.writeString(idsFile, String.join("\n", Arrays.stream(ids).mapToObj(Long::toString).toList()) + "\n");
        System.out.print(env);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String token(String email, String password) throws Exception {
        return find(TOKEN, send("POST", "/auth/token", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 200).body());
    }

    private static HttpRequest request(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private static HttpResponse<String> send(String method, String path, String token, String body, int expected)
            throws Exception {
        HttpResponse<String> response = http.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return m.group(1);
    }

    private static void parallel(int n, int width, Task work) throws Exception {
        Semaphore permits = new Semaphore(width);
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(threads.submit(() -> {
                    permits.acquire();
                    try {
                        return work.apply(k);
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
    }

    /** One call of {@link #parallel}, which may throw. */
    private interface Task {
        Object apply(int i) throws Exception;
    }
}
