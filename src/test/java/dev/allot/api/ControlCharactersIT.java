package dev.allot.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Control characters in text (issue 14, finding 4): PostgreSQL answered 500 to a NUL, SQLite stored
 * it. Now both refuse any control character but tab and line breaks with a 400 naming the field.
 */
class ControlCharactersIT extends AllotIntegrationTest {

    @Test
    void a_nul_in_a_display_name_is_refused_at_registration_and_on_the_profile() {
        Api.Response registered = anonymous().post("/api/v1/auth/register", Map.of("email",
                unique("nul") + "@example.test", "password", PASSWORD, "displayName", "a\u0000b"));
        Api.Response profile = as(member()).put("/api/v1/me", Map.of("displayName", "a\u0000b"));

        assertRefused(registered, "displayName");
        assertRefused(profile, "displayName");
    }

    @Test
    void a_control_character_in_a_site_name_or_a_booking_title_is_refused() {
        Api.Response site = as(admin()).post("/api/v1/sites", Map.of("name", "Bell\u0007 house", "timeZone", "UTC"));
        Map<String, Object> booking = new HashMap<>(booking(room(2), at("UTC", 3, 10, 0), at("UTC", 3, 11, 0)));
        booking.put("title", "Planning\u0000");

        assertRefused(site, "name");
        assertRefused(as(member()).post("/api/v1/bookings", booking), "title");
    }

    @Test
    void tabs_and_line_breaks_are_text() {
        Map<String, Object> booking = new HashMap<>(booking(room(2), at("UTC", 4, 10, 0), at("UTC", 4, 11, 0)));
        booking.put("note", "Agenda:\r\n\t1. Budget\n\t2. Plans");

        Api.Response created = as(member()).post("/api/v1/bookings", booking);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("note").asString()).isEqualTo("Agenda:\r\n\t1. Budget\n\t2. Plans");
    }

    @Test
    void a_control_character_in_a_query_parameter_is_refused_naming_it() {
        assertRefused(as(member()).get("/api/v1/people?q=a%00b"), "q");
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must not contain control characters");
    }
}
