package dev.allot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The application on a real port and a real database: a fresh SQLite file per test JVM, or the
 * PostgreSQL database named by {@code spring.datasource.url} (set by the postgresql-tests Maven
 * profile from ALLOT_TEST_POSTGRES_URL). Tests never rely on a clean database: each makes its own
 * people, sites and resources with unique names. The application's clock is {@link TestClock}: a test
 * may set it, and it is reset after each test. Everything the suite needs is declared here, once, so
 * all test classes share one Spring context.
 */
@Import({TestClock.Registration.class, ProbeConsumer.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "allot.admin.email=" + AllotIntegrationTest.ADMIN_EMAIL,
        "allot.admin.password=" + AllotIntegrationTest.ADMIN_PASSWORD,
        // Wide enough that a test can book on the next daylight-saving day; horizon tests use desks.
        "allot.booking.rules.room.horizon=P400D",
        "allot.identity.login-failures-allowed=5",
        // Every test signs in from loopback: the suite's wrong passwords together must not throttle that
        // address (SignInThrottleIT tests the limit per address from forwarded addresses).
        "allot.identity.login-failures-allowed-per-address=100000",
        // Loopback is a trusted proxy here, so a test can sign in "from" any address with X-Forwarded-For.
        "server.tomcat.remoteip.internal-proxies=127[.]0[.]0[.]1|0:0:0:0:0:0:0:1",
        "allot.metrics.scrape-token=" + AllotIntegrationTest.SCRAPE_TOKEN,
        // Webhook retries in a fraction of a second, so a failing receiver is given up on within the test.
        "allot.webhooks.retry-base=PT0.2S",
        "allot.webhooks.max-attempts=3",
        // The tests' receivers listen on loopback, which webhooks may otherwise not reach.
        "allot.webhooks.allowed-private-targets=127.0.0.1",
        // The bot runs against the fake Bot API (TestTelegram); a short poll and lease so a restart or
        // a change of node is quick. A test class with an application of its own sets
        // allot.telegram.run=false: its node queues the bot's messages (it shares the database and the
        // scheduler's tasks) but leaves running the bot to the shared application, whose beans the
        // bot's tests use.
        "allot.telegram.bot-token=" + TestTelegram.TOKEN,
        "allot.telegram.poll-timeout=PT5S",
        "allot.telegram.lease-ttl=PT8S",
        "allot.telegram.admins=" + TestTelegram.BOT_ADMIN_ID,
        // Booking events reach the inbox, the read model and the webhooks after the booking's commit
        // (ADR 26); each request waits for them before and after, so a test reads what it did.
        "allot.booking.outbox.await-in-requests=true"
})
public abstract class AllotIntegrationTest {

    public static final String ADMIN_EMAIL = "admin@it.allot.test";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "correct horse battery";
    public static final String SCRAPE_TOKEN = "scrape-token-for-tests";

    private static final Path DATA_DIR = temporaryDataDir();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /**
     * The admin's token per application (by port: a test class with a database of its own has its own
     * application), signed in once: no test signs the admin out or changes the admin.
     */
    private static final Map<Integer, User> SIGNED_IN_ADMINS = new ConcurrentHashMap<>();

    @LocalServerPort
    protected int port;

    @AfterEach
    void resetClock() {
        clock().reset();
    }

    /** The application's clock; set it only around the calls that need another time. */
    protected static TestClock clock() {
        return TestClock.INSTANCE;
    }

    @DynamicPropertySource
    static void databaseAndMail(DynamicPropertyRegistry registry) {
        if (System.getProperty("spring.datasource.url") == null) {
            registry.add("allot.data-dir", DATA_DIR::toString);
        }
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
        registry.add("allot.telegram.api-url", TestTelegram::url);
        // company sign-in against a real OpenID Connect provider on loopback (ADR 36)
        registry.add("allot.oidc.issuer-uri", TestOidc::issuerUri);
        registry.add("allot.oidc.client-id", () -> TestOidc.CLIENT_ID);
        registry.add("allot.oidc.client-secret", () -> TestOidc.CLIENT_SECRET);
        registry.add("allot.oidc.name", () -> "Example Corp");
        registry.add("allot.oidc.create-people", () -> "true");
        registry.add("allot.oidc.admin-groups", () -> "allot-admins");
        registry.add("allot.oidc.member-groups", () -> "allot-members");
        registry.add("allot.oidc.viewer-groups", () -> "allot-viewers");
    }

    /**
     * Command-line arguments for a second node of this application beside the test's (same database,
     * admin and mail; its own port), to which a test adds its own; command-line arguments win over
     * application.yaml, default properties would not.
     */
    protected static java.util.List<String> secondNodeArguments(org.springframework.core.env.Environment environment,
            String... more) {
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("--server.port=0"));
        for (String key : java.util.List.of("spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password", "allot.data-dir", "allot.admin.email", "allot.admin.password",
                "spring.mail.host", "spring.mail.port", "allot.booking.outbox.await-in-requests")) {
            String value = environment.getProperty(key);
            if (value != null) {
                arguments.add("--" + key + "=" + value);
            }
        }
        arguments.addAll(java.util.List.of(more));
        return arguments;
    }

    /** Whether this run is on PostgreSQL (otherwise SQLite). */
    protected static boolean onPostgres() {
        String url = System.getProperty("spring.datasource.url");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    protected Api anonymous() {
        return new Api("http://localhost:" + port, null);
    }

    protected Api as(User user) {
        return anonymous().withToken(user.token());
    }

    /** A unique string, to keep tests apart in a shared database. */
    protected static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public record User(long id, String email, String token) {}

    protected User admin() {
        if (clock().isSet()) {
            // A token's lifetime is judged on the application's clock, so a cached one may have expired at
            // the set time; and signing in then deletes the admin's tokens expired by then, the cached ones too.
            SIGNED_IN_ADMINS.clear();
            return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return SIGNED_IN_ADMINS.computeIfAbsent(port, any -> signIn(ADMIN_EMAIL, ADMIN_PASSWORD));
    }

    protected User member() {
        String email = unique("member") + "@example.test";
        Api.Response registered = anonymous().post("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "displayName", "Member " + email));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return signIn(email, PASSWORD);
    }

    protected User withRole(String role) {
        User user = member();
        if (!role.equals("MEMBER")) {
            Api.Response changed = as(admin()).put("/api/v1/users/" + user.id() + "/role", Map.of("role", role));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        }
        return user;
    }

    protected User viewer() {
        return withRole("VIEWER");
    }

    protected User signIn(String email, String password) {
        Api.Response token = anonymous().post("/api/v1/auth/token", Map.of("email", email, "password", password));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        JsonNode json = token.json();
        return new User(json.get("user").get("id").asLong(), email, json.get("accessToken").asString());
    }

    /** A site open around the clock in {@code zone}. */
    protected long site(String zone) {
        return site(zone, List.of());
    }

    protected long site(String zone, List<Map<String, String>> openingHours) {
        Api.Response site = as(admin()).post("/api/v1/sites",
                Map.of("name", unique("Site"), "timeZone", zone, "openingHours", openingHours));
        assertThat(site.status()).as(site.toString()).isEqualTo(201);
        return site.json().get("id").asLong();
    }

    protected long resource(long siteId, String kind, int capacity, String... amenities) {
        return resource(siteId, kind, capacity, false, amenities);
    }

    protected long resource(long siteId, String kind, int capacity, boolean requiresApproval, String... amenities) {
        Api.Response resource = as(admin()).post("/api/v1/resources", Map.of("siteId", siteId, "kind", kind,
                "name", unique(kind.toLowerCase()), "capacity", capacity, "amenities", List.of(amenities),
                "requiresApproval", requiresApproval));
        assertThat(resource.status()).as(resource.toString()).isEqualTo(201);
        return resource.json().get("id").asLong();
    }

    protected long room(int capacity, String... amenities) {
        return resource(site("Europe/Berlin"), "ROOM", capacity, amenities);
    }

    /** {@code daysAhead} days from the application's today at a wall-clock time in {@code zone}. */
    protected static OffsetDateTime at(String zone, int daysAhead, int hour, int minute) {
        ZoneId id = ZoneId.of(zone);
        return LocalDate.now(clock().withZone(id)).plusDays(daysAhead).atTime(LocalTime.of(hour, minute)).atZone(id).toOffsetDateTime();
    }

    protected static Map<String, Object> booking(long resourceId, OffsetDateTime start, OffsetDateTime end) {
        return Map.of("resourceId", resourceId, "startsAt", start.toString(), "endsAt", end.toString(),
                "title", "Meeting", "attendees", 1);
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("allot-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
