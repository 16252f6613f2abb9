package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The profile page's "Calendar feed" section, which the notification module serves as a page part. */
class CalendarFeedPageIT extends AllotIntegrationTest {

    private static final Pattern FEED_URL = Pattern.compile("id=\"calendar-feed-url\"[^>]*value=\"([^\"]+)\"");

    @Test
    void the_profile_loads_the_feed_section_which_shows_a_working_address_once() {
        User member = member();
        AdminWebSession browser = AdminWebSession.signedIn(port, member.email(), PASSWORD);

        AdminWebSession.Response profile = browser.get("/me");
        AdminWebSession.Response section = browser.get("/me/calendar-feed");
        AdminWebSession.Response later = browser.get("/me/calendar-feed");

        assertThat(profile.body()).contains("hx-get=\"/me/calendar-feed\"");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.body()).contains("Calendar feed").contains("webcal://localhost:" + port + "/calendar/")
                .contains("hx-post=\"/me/calendar-feed/reset\"").doesNotContain("<html");
        String url = feedUrl(section);
        assertThat(AdminWebSession.anonymous(port).get(URI.create(url).getRawPath()).status()).isEqualTo(200);
        assertThat(later.body()).contains("Calendar feed").doesNotContain(url).doesNotContain("calendar-feed-url");
    }

    @Test
    void the_reset_button_gives_a_new_address_and_the_old_one_stops_working() {
        User member = member();
        AdminWebSession browser = AdminWebSession.signedIn(port, member.email(), PASSWORD);
        String old = feedUrl(browser.get("/me/calendar-feed"));

        AdminWebSession.Response reset = browser.submit("/me", "/me/calendar-feed/reset", Map.of());

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String fresh = feedUrl(reset);
        assertThat(fresh).isNotEqualTo(old);
        AdminWebSession anonymous = AdminWebSession.anonymous(port);
        assertThat(anonymous.get(URI.create(old).getRawPath()).status()).isEqualTo(404);
        assertThat(anonymous.get(URI.create(fresh).getRawPath()).status()).isEqualTo(200);
    }

    @Test
    void a_reset_without_the_csrf_token_is_refused() {
        User member = member();
        AdminWebSession browser = AdminWebSession.signedIn(port, member.email(), PASSWORD);

        assertThat(browser.post("/me/calendar-feed/reset", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void the_section_speaks_russian_to_a_russian_browser() {
        User member = member();
        AdminWebSession browser = AdminWebSession.signedIn(port, member.email(), PASSWORD);

        AdminWebSession.Response section = browser.get("/me/calendar-feed", Map.of("Accept-Language", "ru"));

        assertThat(section.body()).contains("Календарь").contains("Сбросить адрес");
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in() {
        AdminWebSession.Response section = AdminWebSession.anonymous(port).get("/me/calendar-feed");

        assertThat(section.status()).isEqualTo(302);
        assertThat(section.location()).contains("/login");
    }

    private static String feedUrl(AdminWebSession.Response section) {
        Matcher url = FEED_URL.matcher(section.body());
        assertThat(url.find()).as("an address in " + section).isTrue();
        return url.group(1);
    }
}
