import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B6, desk days at a nearly full site with the waiting list being promoted, through Allot's REST API.
 *
 * <p>{@code setup}: a site (Europe/Berlin) of DESKS desks, a day three days ahead; CLIENTS pairs of members,
 * the first of each pair holding a desk that day, and two hosts whose guests fill every other desk. Writes
 * the site, day and pairs for the run and for pgbench's b6_pair table.
 *
 * <p>{@code run}: each pair plays turns for SECONDS after WARMUP: the one without a desk says "I'll be in"
 * (POST /presence, waiting in the site-day's line), the holder cancels their desk day (the freed desk is
 * offered to the head of the line, first come first served), the one waiting polls their presence until a
 * desk is offered and accepts it (POST /presence/{id}/accept). Reports turns per second, the three
 * requests' p50/p99, polls and unexpected answers.
 *
 * <p>Usage: java DeskLine.java setup BASE_URL ADMIN_EMAIL ADMIN_PASSWORD DESKS CLIENTS STATE_FILE PAIRS_CSV
 * <br>java DeskLine.java run BASE_URL STATE_FILE SECONDS WARMUP OUT_ENV
 */
public class DeskLine {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern USER_ID = Pattern.compile("\"user\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern BOOKING_ID = Pattern.compile("\"bookingId\"\\s*:\\s*(\\d+)");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static HttpClient http;
    private static String base;

    public static void main(String[] args) throws Exception {
        base = args[1] + "/api/v1";
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        if (args[0].equals("setup")) {
            setup(args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), Path.of(args[6]), Path.of(args[7]));
        } else {
            run(Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
        }
    }

    record Member(long id, String token) {}

    private static void setup(String adminEmail, String adminPassword, int desks, int clients, Path state, Path pairsCsv)
            throws Exception {
        String admin = find(TOKEN, send("POST", "/auth/token", null, json("email", adminEmail, "password", adminPassword), 200).body());
        String run = Long.toString(System.currentTimeMillis(), 36);
        long site = Long.parseLong(find(ID, send("POST", "/sites", admin,
                "{\"name\":\"B6 site " + run + "\",\"timeZone\":\"" + ZONE + "\",\"openingHours\":[]}", 201).body()));
        send("PUT", "/sites/" + site + "/desk-policy", admin, "{\"guestsPerHost\":100,\"autoAssign\":false}", 200);
        long[] deskIds = new long[desks];
        parallel(desks, 16, i -> deskIds[i] = Long.parseLong(find(ID, send("POST", "/resources", admin,
                "{\"siteId\":" + site + ",\"kind\":\"DESK\",\"name\":\"Desk " + String.format("%03d", i) + "\",\"capacity\":1}",
                201).body())));
        int hosts = (desks - clients + 99) / 100;
        Member[] people = new Member[2 * clients + hosts];
        parallel(people.length, 8, i -> people[i] = register("b6-" + run + "-" + i + "@bench.example"));
        LocalDate day = LocalDate.now(ZONE).plusDays(3);
        StringBuilder pairs = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        long[] bookings = new long[clients];
        parallel(clients, 8, c -> bookings[c] = Long.parseLong(find(ID, send("POST", "/bookings", people[2 * c].token(),
                "{\"resourceId\":" + deskIds[c] + ",\"day\":\"" + day + "\"}", 201).body())));
        parallel(desks - clients, 8, k -> send("POST", "/bookings", people[2 * clients + k / 100].token(),
                "{\"resourceId\":" + deskIds[clients + k] + ",\"day\":\"" + day + "\",\"guest\":{\"name\":\"Guest " + k + "\"}}",
                201));
        for (int c = 0; c < clients; c++) {
            pairs.append(c).append(',').append(people[2 * c].id()).append(',').append(people[2 * c + 1].id()).append(',')
                    .append(deskIds[c]).append('\n');
            lines.append(people[2 * c].id()).append(' ').append(people[2 * c].token()).append(' ')
                    .append(people[2 * c + 1].id()).append(' ').append(people[2 * c + 1].token()).append(' ')
                    .append(bookings[c]).append('\n');
        }
        long dayStart = day.atStartOfDay(ZONE).toInstant().toEpochMilli();
        long dayEnd = day.plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
        Files.writeString(pairsCsv, pairs.toString());
        Files.writeString(state, "site=" + site + "\nday=" + day + "\ndstart=" + dayStart + "\ndend=" + dayEnd + "\n"
                + "desks=" + desks + "\nclients=" + clients + "\n" + lines);
        System.out.println("site=" + site + "\nday=" + day + "\ndstart=" + dayStart + "\ndend=" + dayEnd + "\ndesks=" + desks
                + "\nclients=" + clients);
    }

    private static void run(Path stateFile, int seconds, int warmup, Path out) throws Exception {
        List<String> lines = Files.readAllLines(stateFile);
        Map<String, String> state = new ConcurrentHashMap<>();
        List<String[]> pairs = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("=")) {
                state.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            } else if (!line.isBlank()) {
                pairs.add(line.split(" "));
            }
        }
        long site = Long.parseLong(state.get("site"));
        String day = state.get("day");
        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long stopAt = measureFrom + seconds * 1_000_000_000L;
        AtomicLong turns = new AtomicLong();
        AtomicLong polls = new AtomicLong();
        AtomicInteger unexpected = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> joinNs = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> cancelNs = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> acceptNs = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> turnNs = new ConcurrentLinkedQueue<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (String[] pair : pairs) {
                futures.add(threads.submit(() -> {
                    Member holder = new Member(Long.parseLong(pair[0]), pair[1]);
                    Member waiter = new Member(Long.parseLong(pair[2]), pair[3]);
                    long booking = Long.parseLong(pair[4]);
                    while (System.nanoTime() < stopAt) {
                        long t0 = System.nanoTime();
                        boolean measured = t0 >= measureFrom;
                        HttpResponse<String> joined = send("POST", "/presence", waiter.token(),
                                "{\"siteId\":" + site + ",\"day\":\"" + day + "\"}");
                        long t1 = System.nanoTime();
                        if (joined.statusCode() != 201) {
                            unexpected.incrementAndGet();
                            problems.add("join " + joined.statusCode() + " " + joined.body());
                            return null;
                        }
                        long presence = Long.parseLong(find(ID, joined.body()));
                        HttpResponse<String> cancelled = send("POST", "/bookings/" + booking + "/cancel", holder.token(), "{}");
                        long t2 = System.nanoTime();
                        if (cancelled.statusCode() != 200) {
                            unexpected.incrementAndGet();
                            problems.add("cancel " + cancelled.statusCode() + " " + cancelled.body());
                            return null;
                        }
                        String status = find(STATUS, joined.body());
                        while (!status.equals("OFFERED")) {
                            if (System.nanoTime() > stopAt + 30_000_000_000L) {
                                return null;
                            }
                            Thread.sleep(5);
                            polls.incrementAndGet();
                            HttpResponse<String> seen = send("GET", "/presence/" + presence, waiter.token(), null);
                            status = find(STATUS, seen.body());
                        }
                        long t3 = System.nanoTime();
                        HttpResponse<String> accepted = send("POST", "/presence/" + presence + "/accept", waiter.token(), null);
                        long t4 = System.nanoTime();
                        if (accepted.statusCode() != 200) {
                            unexpected.incrementAndGet();
                            problems.add("accept " + accepted.statusCode() + " " + accepted.body());
                            return null;
                        }
                        booking = Long.parseLong(find(BOOKING_ID, accepted.body()));
                        Member was = holder;
                        holder = waiter;
                        waiter = was;
                        if (measured && t4 <= stopAt) {
                            turns.incrementAndGet();
                            joinNs.add(t1 - t0);
                            cancelNs.add(t2 - t1);
                            acceptNs.add(t4 - t3);
                            turnNs.add(t4 - t0);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        StringBuilder env = new StringBuilder();
        env.append("clients=").append(pairs.size()).append('\n');
        env.append("desks=").append(state.get("desks")).append('\n');
        env.append("turns=").append(turns.get()).append('\n');
        env.append("turns_per_s=").append(String.format("%.1f", turns.get() / (double) seconds)).append('\n');
        env.append("requests_per_s=").append(String.format("%.1f", 3 * turns.get() / (double) seconds)).append('\n');
        env.append("polls=").append(polls.get()).append('\n');
        env.append("unexpected=").append(unexpected.get()).append('\n');
        for (var e : Map.of("join", joinNs, "cancel", cancelNs, "accept", acceptNs, "turn", turnNs).entrySet()) {
            long[] sorted = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            env.append(e.getKey()).append("_p50_ms=").append(String.format("%.1f", percentile(sorted, 0.5) / 1e6)).append('\n');
            env.append(e.getKey()).append("_p99_ms=").append(String.format("%.1f", percentile(sorted, 0.99) / 1e6)).append('\n');
        }
        problems.stream().limit(3).forEach(p -> env.append("problem=").append(p.replace('\n', ' ')).append('\n'));
        Files.writeString(out, env.toString());
        System.out.print(env);
    }

    private static Member register(String email) throws Exception {
        String password = "bench lantern " + email.hashCode() + " quietly counts river stones";
        send("POST", "/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"displayName\":\"" + email.substring(0, email.indexOf('@')) + "\"}", 201);
        String body = send("POST", "/auth/token", null, json("email", email, "password", password), 200).body();
        return new Member(Long.parseLong(find(USER_ID, body)), find(TOKEN, body));
    }

    private static String json(String k1, String v1, String k2, String v2) {
        return "{\"" + k1 + "\":\"" + v1 + "\",\"" + k2 + "\":\"" + v2 + "\"}";
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))];
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String token, String body, int expected)
            throws Exception {
        HttpResponse<String> response = send(method, path, token, body);
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

    private interface Task {
        Object apply(int i) throws Exception;
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
}
