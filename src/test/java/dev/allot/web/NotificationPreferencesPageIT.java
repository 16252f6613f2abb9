package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.notification.NotificationChannel;
import dev.allot.notification.NotificationPreferences;
import dev.allot.testing.AllotIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The profile page's "Notifications" section, which the notification module serves as a page part. */
class NotificationPreferencesPageIT extends AllotIntegrationTest {

    @Autowired
    NotificationPreferences preferences;

    @Test
    void the_profile_loads_a_grid_with_every_box_ticked_at_first() {
        User member = member();
        AdminWebSession browser = AdminWebSession.signedIn(port, member.email(), PASSWORD);

        AdminWebSession.Response profile = browser.get("/me");
        AdminWebSession.Response section = browser.get("/me/notification-preferences");

        assertThat(profile.body()).contains("hx-get=\"/me/notification-preferences\"");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.body()).contains("A receipt of my booking").contains("value=\"booking-reminder:TELEGRAM\"")
                .doesNotContain("<html");
        assertThat(section.body().split("checked=\"checked\"", -1))
                .hasSize(preferences.kinds().size() * NotificationChannel.values().length + 1);
    }

    @Test
    void saving_the_grid_turns_off_every_box_left_unticked() {
        User member = member();
        AdminWebSession browser = AdminWebSession.signedIn(port, member.email(), PASSWORD);

        AdminWebSession.Response saved = browser.submit("/me", "/me/notification-preferences",
                Map.of("on", "booking-created:INBOX"));
        JsonNode matrix = as(member).get("/api/v1/me/notification-preferences").json().get("preferences");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved.");
        assertThat(matrix.get("booking-created").get("INBOX").asBoolean()).isTrue();
        assertThat(matrix.get("booking-created").get("EMAIL").asBoolean()).isFalse();
        assertThat(matrix.get("booking-reminder").get("INBOX").asBoolean()).isFalse();
    }

    @Test
    void the_section_speaks_russian_to_a_russian_browser() {
        User member = member();
        AdminWebSession browser = AdminWebSession.signedIn(port, member.email(), PASSWORD);

        AdminWebSession.Response section = browser.get("/me/notification-preferences", Map.of("Accept-Language", "ru"));

        assertThat(section.body()).contains("Уведомления").contains("Напоминание перед бронированием");
    }
}
