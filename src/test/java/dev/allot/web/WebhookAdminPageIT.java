package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Eventually;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin's webhooks page over plain HTTP: add (secret shown once), the delivery log, delete. */
class WebhookAdminPageIT extends AllotIntegrationTest {

    @Test
    void an_admin_adds_a_webhook_sees_its_secret_once_and_its_deliveries_then_deletes_it() {
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        // Nothing listens on port 9 (discard): every attempt is refused at once.
        String url = "http://127.0.0.1:9/" + unique("hook");

        AdminWebSession.Response added = admin.follow(admin.submit("/admin/webhooks", "/admin/webhooks",
                Map.of("url", url, "description", "Page test")));
        long id = webhookId(url);
        try {
            assertThat(added.body()).contains(url).contains("whsec_").contains("it is not shown again");
            assertThat(admin.get("/admin/webhooks").body()).contains(url).doesNotContain("whsec_");

            long room = room(4);
            OffsetDateTime start = at("Europe/Berlin", 11, 10, 0);
            as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1)));
            awaitFailedDelivery(id);
            String page = admin.get("/admin/webhooks").body();
            assertThat(page).contains("booking.created").contains("Failed").contains("ConnectException");

            AdminWebSession.Response deleted = admin.follow(admin.submit("/admin/webhooks",
                    "/admin/webhooks/" + id + "/delete", Map.of()));
            assertThat(deleted.body()).contains("Webhook " + id + " is deleted.").doesNotContain(url);
        } finally {
            as(admin()).delete("/api/v1/webhooks/" + id);
        }
    }

    @Test
    void an_address_that_is_not_http_is_explained_on_the_page() {
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        AdminWebSession.Response refused = admin.follow(admin.submit("/admin/webhooks", "/admin/webhooks",
                Map.of("url", "ftp://example.test/hook")));

        assertThat(refused.body()).contains("Enter an http or https address").contains("ftp://example.test/hook");
    }

    @Test
    void an_address_on_a_private_network_is_explained_on_the_page() {
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        AdminWebSession.Response refused = admin.follow(admin.submit("/admin/webhooks", "/admin/webhooks",
                Map.of("url", "http://192.168.1.20/hook")));

        assertThat(refused.body()).contains("private network").contains("http://192.168.1.20/hook");
    }

    @Test
    void members_may_not_open_the_webhooks_page() {
        AdminWebSession member = AdminWebSession.signedIn(port, member().email(), PASSWORD);

        assertThat(member.get("/admin/webhooks").status()).isEqualTo(403);
    }

    private long webhookId(String url) {
        for (JsonNode webhook : as(admin()).get("/api/v1/webhooks").json()) {
            if (webhook.get("url").asString().equals(url)) {
                return webhook.get("id").asLong();
            }
        }
        throw new AssertionError("no webhook for " + url);
    }

    private void awaitFailedDelivery(long webhookId) {
        Eventually.until("a failed delivery of webhook " + webhookId,
                () -> as(admin()).get("/api/v1/webhooks/" + webhookId + "/deliveries").json().get("items"),
                items -> items.valueStream().anyMatch(item -> item.get("status").asString().equals("FAILED")));
    }
}
