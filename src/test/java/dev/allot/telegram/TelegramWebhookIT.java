package dev.allot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.AllotApplication;
import dev.allot.testing.Eventually;
import dev.allot.testing.FakeBotApi;
import dev.allot.testing.FakeBotApi.TgUser;
import dev.allot.testing.TestMail;
import dev.allot.testing.TestTelegram;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Webhook mode, in an application of its own (its own SQLite database, on either suite, and its own fake Bot API, so the
 * suite's polling bot is not disturbed): the bot sets the webhook, takes updates only with the secret,
 * and answers a repeated delivery once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramWebhookIT {

    static final String SECRET = "webhook-secret-for-tests";

    FakeBotApi api;
    ConfigurableApplicationContext app;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        api = FakeBotApi.start(TestTelegram.TOKEN);
        java.nio.file.Path dataDir = Files.createTempDirectory("allot-webhook-");
        // Its own SQLite database even when the suite runs on PostgreSQL (whose URL is a system property,
        // which command-line arguments override): on the suite's database the suite's bot holds the lease.
        app = new SpringApplicationBuilder(AllotApplication.class).run("--server.port=0",
                "--allot.data-dir=" + dataDir, "--spring.datasource.url=jdbc:sqlite:" + dataDir.resolve("allot.db"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.port(),
                "--allot.admin.email=admin@webhook.allot.test", "--allot.admin.password=admin-password-for-tests",
                "--allot.telegram.bot-token=" + TestTelegram.TOKEN, "--allot.telegram.api-url=" + api.baseUrl(),
                "--allot.telegram.mode=webhook", "--allot.telegram.webhook-url=https://allot.example/api/v1/telegram/webhook",
                "--allot.telegram.webhook-secret=" + SECRET, "--allot.telegram.lease-ttl=PT8S");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void updatesComeThroughTheWebhookWithTheSecretOnlyAndOnce() throws Exception {
        Eventually.until("the bot set its webhook", () -> api.webhook(), webhook -> webhook.isPresent());
        assertThat(api.webhook()).contains("https://allot.example/api/v1/telegram/webhook");
        TgUser tg = api.user("Webhook", null, "en");
        String update = """
                {"update_id": 77, "message": {"message_id": 5, "date": 1780000000, "text": "/start",
                 "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                 "from": {"id": %d, "is_bot": false, "first_name": "Webhook", "language_code": "en"},
                 "chat": {"id": %d, "type": "private", "first_name": "Webhook"}}}
                """.formatted(tg.id(), tg.id());

        assertThat(post(update, "wrong").statusCode()).isEqualTo(401);
        assertThat(post(update, null).statusCode()).isEqualTo(401);
        assertThat(post("{\"not\": \"an update\"}", SECRET).statusCode()).isEqualTo(400);
        assertThat(api.chat(tg)).isEmpty();

        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        Eventually.until("the bot answered", () -> api.chat(tg), chat -> !chat.isEmpty());
        assertThat(api.last(tg).shown()).contains("Who are you?");

        assertThat(post(update, SECRET).statusCode()).as("Telegram's repeat of a delivery").isEqualTo(200);
        String second = update.replace("\"update_id\": 77", "\"update_id\": 78").replace("\"message_id\": 5", "\"message_id\": 6");
        assertThat(post(second, SECRET).statusCode()).isEqualTo(200);
        Eventually.until("the next update answered", () -> api.chat(tg), chat -> chat.size() >= 2);
        assertThat(api.chat(tg)).as("the repeat was not answered again").hasSize(2);
    }

    private HttpResponse<String> post(String body, String secret) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
