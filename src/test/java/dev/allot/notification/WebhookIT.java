package dev.allot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Eventually;
import dev.allot.testing.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Booking events reach registered webhooks as signed POSTs; failing receivers are retried, then given up on. */
class WebhookIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<HttpServer> receivers = new ArrayList<>();
    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    private final List<Long> webhooks = new ArrayList<>();

    /** What a receiver got. */
    record Received(Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse("");
        }

        JsonNode json() {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void removeWebhooksAndReceivers() {
        // Other test classes share the database: leave no webhook behind to be posted to.
        webhooks.forEach(id -> as(admin()).delete("/api/v1/webhooks/" + id));
        receivers.forEach(server -> server.stop(0));
    }

    @Test
    void a_booking_is_posted_to_the_webhook_signed_with_its_secret() {
        List<Received> received = new CopyOnWriteArrayList<>();
        JsonNode webhook = register(receiver(200, received));
        String secret = webhook.get("secret").asString();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 9, 10, 0);

        long booking = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json()
                .get("id").asLong();
        Received post = await(received, r -> r.json().get("booking").get("id").asLong() == booking);

        assertThat(post.header("X-Allot-Signature")).isEqualTo("sha256=" + hmacSha256(secret, post.body()));
        assertThat(post.header("Content-Type")).isEqualTo("application/json");
        assertThat(post.header("X-Allot-Event")).isEqualTo("booking.created");
        JsonNode body = post.json();
        assertThat(body.get("type").asString()).isEqualTo("booking.created");
        assertThat(body.get("id").asString()).isNotBlank();
        assertThat(body.get("occurredAt").asString()).isNotBlank();
        assertThat(body.get("booking").get("resourceId").asLong()).isEqualTo(room);
        JsonNode delivery = awaitDelivery(webhook.get("id").asLong(), d -> d.get("status").asString().equals("DELIVERED"));
        assertThat(post.header("X-Allot-Delivery")).isEqualTo(delivery.get("id").asString());
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(received).as("one POST for the booking").hasSize(1);
    }

    @Test
    void a_receiver_that_keeps_failing_is_retried_and_the_delivery_finally_recorded_as_failed() {
        List<Received> received = new CopyOnWriteArrayList<>();
        JsonNode webhook = register(receiver(500, received));
        long room = room(4);
        OffsetDateTime start = at(ZONE, 10, 10, 0);

        as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1)));
        JsonNode delivery = awaitDelivery(webhook.get("id").asLong(), d -> d.get("status").asString().equals("FAILED"));

        assertThat(delivery.get("attempts").asInt()).as("allot.webhooks.max-attempts of the tests").isEqualTo(3);
        assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(500);
        assertThat(delivery.get("lastError").asString()).contains("500");
        assertThat(received).hasSize(3)
                .allSatisfy(post -> assertThat(post.header("X-Allot-Delivery")).isEqualTo(delivery.get("id").asString()));
    }

    @Test
    void the_secret_is_shown_only_when_the_webhook_is_registered() {
        JsonNode webhook = register("http://127.0.0.1:9/" + unique("hook"));

        JsonNode listed = null;
        for (JsonNode each : as(admin()).get("/api/v1/webhooks").json()) {
            if (each.get("id").asLong() == webhook.get("id").asLong()) {
                listed = each;
            }
        }

        assertThat(webhook.get("secret").asString()).startsWith("whsec_");
        assertThat(listed).isNotNull();
        assertThat(listed.get("secret").isNull()).isTrue();
    }

    @Test
    void only_admins_manage_webhooks() {
        JsonNode webhook = register("http://127.0.0.1:9/" + unique("hook"));
        long id = webhook.get("id").asLong();

        for (User user : List.of(member(), viewer())) {
            assertThat(as(user).get("/api/v1/webhooks").status()).isEqualTo(403);
            assertThat(as(user).post("/api/v1/webhooks", Map.of("url", "https://example.test/hook")).status())
                    .isEqualTo(403);
            assertThat(as(user).delete("/api/v1/webhooks/" + id).status()).isEqualTo(403);
            assertThat(as(user).get("/api/v1/webhooks/" + id + "/deliveries").status()).isEqualTo(403);
        }
        assertThat(anonymous().get("/api/v1/webhooks").status()).isEqualTo(401);
    }

    @Test
    void an_address_that_is_not_http_is_refused_naming_the_url() {
        for (String url : List.of("ftp://example.test/hook", "not an address", "https://",
                "https://example.test/" + "a".repeat(2000))) {
            Api.Response refused = as(admin()).post("/api/v1/webhooks", Map.of("url", url));

            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
        }
    }

    @Test
    void a_deleted_webhook_is_gone_with_its_log() {
        long id = register("http://127.0.0.1:9/" + unique("hook")).get("id").asLong();

        assertThat(as(admin()).delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
        assertThat(as(admin()).get("/api/v1/webhooks/" + id + "/deliveries").status()).isEqualTo(404);
        assertThat(as(admin()).delete("/api/v1/webhooks/" + id).status()).isEqualTo(404);
    }

    @Test
    void an_address_on_loopback_a_private_network_or_link_local_is_refused_at_registration() {
        for (String url : List.of("http://10.1.2.3/hook", "http://192.168.0.10/hook", "http://172.16.5.5/hook",
                "http://169.254.169.254/latest/meta-data", "http://[::1]:8080/hook", "http://0.0.0.0/hook",
                "http://[fd12:3456::1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://127.0.0.2/hook")) {
            Api.Response refused = as(admin()).post("/api/v1/webhooks", Map.of("url", url));

            assertThat(refused.status()).as(url + ": " + refused).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
            assertThat(refused.json().get("errors").get(0).get("message").asString())
                    .contains("private network address");
        }
    }

    @Test
    void a_host_name_that_does_not_resolve_is_refused_at_registration() {
        Api.Response refused = as(admin()).post("/api/v1/webhooks", Map.of("url", "https://no-such-host.invalid/hook"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("does not resolve");
    }

    @Test
    void a_webhook_whose_address_is_now_private_is_not_posted_to_and_its_delivery_says_why() {
        // As if its name had been pointed at the office network after it was registered.
        long id = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource).sql("""
                        insert into webhook (url, secret, active, created_at, description)
                        values ('http://10.9.8.7/hook', 'whsec_test', true, 0, 'moved') returning id""")
                .query(Long.class).single();
        webhooks.add(id);
        long room = room(4);
        OffsetDateTime start = at(ZONE, 11, 10, 0);

        as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1)));
        JsonNode delivery = awaitDelivery(id, d -> d.get("status").asString().equals("FAILED"));

        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("lastError").asString()).startsWith("refused: the address must not point to");
    }

    private JsonNode register(String url) {
        Api.Response created = as(admin()).post("/api/v1/webhooks", Map.of("url", url, "description", "test"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        webhooks.add(created.json().get("id").asLong());
        return created.json();
    }

    /** A local receiver that answers every POST with {@code status} and keeps what it got. */
    private String receiver(int status, List<Received> received) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()),
                        exchange.getRequestBody().readAllBytes()));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            receivers.add(server);
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a receiver does to check a delivery, written here independently of the application's code. */
    private static String hmacSha256(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received await(List<Received> received, Predicate<Received> wanted) {
        return Eventually.until("a matching POST to the receiver", () -> List.copyOf(received),
                        all -> all.stream().anyMatch(wanted))
                .stream().filter(wanted).findFirst().orElseThrow();
    }

    private JsonNode awaitDelivery(long webhookId, Predicate<JsonNode> wanted) {
        JsonNode items = Eventually.until("a matching delivery of webhook " + webhookId,
                () -> as(admin()).get("/api/v1/webhooks/" + webhookId + "/deliveries").json().get("items"),
                log -> log.valueStream().anyMatch(wanted));
        return items.valueStream().filter(wanted).findFirst().orElseThrow();
    }
}
