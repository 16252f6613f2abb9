package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fair-use limits on pages (issue 18): the admin sets one, a member sees their use and is refused past it. */
class LimitPagesIT extends AllotIntegrationTest {

    @BeforeEach
    void firstOfMarch2027() {
        clock().set(Instant.parse("2027-03-01T07:00:00Z"));
    }

    @Test
    void an_admin_sets_a_limit_a_member_sees_their_use_on_the_profile_and_the_form_refuses_past_it() {
        long site = site("Europe/Berlin");
        long room = resource(site, "ROOM", 4);
        WebSession admin = WebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = admin.getPage("/admin/limits").body();
        assertThat(page).contains("Fair-use limits");

        HttpResponse<String> added = admin.post("/admin/limits", Map.of("role", "MEMBER", "siteId", String.valueOf(site),
                "kind", "ROOM", "measure", "HOURS_PER_WEEK", "amount", "2", "_csrf", WebSession.hidden(page, "_csrf")));
        assertThat(added.statusCode()).isEqualTo(302);
        String listed = admin.getPage("/admin/limits").body();
        assertThat(listed).contains("At most 2 hours of booking a week");
        long id = Long.parseLong(match(listed, "data-limit-id=\"(\\d+)\"[^>]*>\\s*<strong>At most 2 hours"));

        User member = member();
        as(member).post("/api/v1/bookings", booking(room, OffsetDateTime.parse("2027-03-02T09:00:00+01:00"),
                OffsetDateTime.parse("2027-03-02T10:30:00+01:00")));
        WebSession web = WebSession.signedIn(port, member.email(), PASSWORD);
        assertThat(web.getPage("/me/limits").body()).contains("At most 2 hours of booking a week")
                .contains("1.5 of 2 used in the week from Mon 1 Mar");
        assertThat(web.getPage("/me/limits?lang=ru").body()).contains("Не более 2 ч бронирования в неделю")
                .contains("Использовано 1.5 из 2 за неделю с");
        web.getPage("/me/limits?lang=en"); // the language chosen stays with the person

        String form = web.get("/book?resource=" + room + "&date=2027-03-03").body();
        Map<String, String> fields = new HashMap<>(Map.of("resource", String.valueOf(room), "date", "2027-03-03",
                "start", "09:00", "end", "10:00", "title", "Work", "attendees", "1", "note", "",
                "idempotencyKey", WebSession.hidden(form, "idempotencyKey"), "_csrf", WebSession.hidden(form, "_csrf")));
        HttpResponse<String> refused = web.post("/book", fields);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("That goes past your limit of 2 hours of booking a week (week of 2027-03-01)")
                .contains("0.5 left");

        HttpResponse<String> removed = admin.post("/admin/limits/" + id + "/remove",
                Map.of("_csrf", WebSession.hidden(listed, "_csrf")));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(admin.getPage("/admin/limits").body()).doesNotContain("data-limit-id=\"" + id + "\"");
        assertThat(web.getPage("/me/limits").body()).doesNotContain("At most 2 hours of booking a week");
    }

    @Test
    void members_cannot_open_the_limits_page() {
        User member = member();
        WebSession web = WebSession.signedIn(port, member.email(), PASSWORD);

        assertThat(web.getPage("/admin/limits").statusCode()).isEqualTo(403);
    }

    private static String match(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
