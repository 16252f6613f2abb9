package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import dev.allot.web.WebSession;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who reads what of a booking (issue 14, finding 8): colleagues see who booked what and when, and the
 * title unless it is private ("Busy"); the note, the cancellation reason and a guest's email are the
 * booker's and the admins'. The same in the API (one, a page, all), and on the pages.
 */
class BookingPrivacyIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void a_colleague_reads_the_title_and_times_but_not_the_note() {
        User booker = member();
        long id = book(booker, room(4), 2, false);

        JsonNode seen = as(member()).get("/api/v1/bookings/" + id).json();

        assertThat(seen.get("title").asString()).isEqualTo("Budget talk");
        assertThat(seen.get("bookedBy").asLong()).isEqualTo(booker.id());
        assertThat(seen.get("startsAt").asString()).isNotBlank();
        assertThat(seen.get("note").isNull()).isTrue();
    }

    @Test
    void a_private_title_reads_busy_to_colleagues_in_every_list_and_in_full_to_the_booker_and_admins() {
        User booker = member();
        long resource = room(4);
        book(member(), resource, 2, false);
        long id = book(booker, resource, 3, true);
        Api colleague = as(member());

        JsonNode one = colleague.get("/api/v1/bookings/" + id).json();
        JsonNode ofResource = find(colleague.get("/api/v1/bookings?resourceId=" + resource).json(), id);
        JsonNode ofAll = find(colleague.get("/api/v1/bookings?all=true&resourceId=" + resource).json(), id);
        JsonNode byCursor = find(colleague.get("/api/v1/bookings?resourceId=" + resource + "&after="
                + cursorBefore(colleague, resource)).json(), id);

        for (JsonNode seen : new JsonNode[] {one, ofResource, ofAll, byCursor}) {
            assertThat(seen.get("title").asString()).isEqualTo("Busy");
            assertThat(seen.get("privateTitle").asBoolean()).isTrue();
            assertThat(seen.get("note").isNull()).isTrue();
        }
        for (Api reader : new Api[] {as(booker), as(admin())}) {
            JsonNode full = reader.get("/api/v1/bookings/" + id).json();
            assertThat(full.get("title").asString()).isEqualTo("Budget talk");
            assertThat(full.get("note").asString()).isEqualTo("Salaries, do not share");
        }
    }

    @Test
    void the_reason_an_admin_gives_for_cancelling_is_the_bookers_to_read_not_the_colleagues() {
        User booker = member();
        long id = book(booker, room(4), 4, false);
        assertThat(as(admin()).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Board meeting needs it"))
                .status()).isEqualTo(200);

        assertThat(as(member()).get("/api/v1/bookings/" + id).json().get("reason").isNull()).isTrue();
        assertThat(as(booker).get("/api/v1/bookings/" + id).json().get("reason").asString())
                .isEqualTo("Board meeting needs it");
    }

    @Test
    void the_resource_page_shows_a_colleague_busy_in_their_language_and_the_booker_the_title() {
        User booker = member();
        User colleague = member();
        long resource = room(4);
        OffsetDateTime start = at(ZONE, 5, 10, 0);
        book(booker, resource, 5, true);
        String day = start.toLocalDate().toString();

        String colleaguesPage = WebSession.signedIn(port, colleague.email(), PASSWORD)
                .get("/resources/" + resource + "?date=" + day + "&lang=ru").body();
        String bookersPage = WebSession.signedIn(port, booker.email(), PASSWORD)
                .get("/resources/" + resource + "?date=" + day).body();

        assertThat(colleaguesPage).contains("Занято").doesNotContain("Budget talk");
        assertThat(bookersPage).contains("Budget talk");
    }

    private long book(User booker, long resource, int daysAhead, boolean privateTitle) {
        Map<String, Object> body = new HashMap<>(booking(resource, at(ZONE, daysAhead, 10, 0), at(ZONE, daysAhead, 11, 0)));
        body.put("title", "Budget talk");
        body.put("note", "Salaries, do not share");
        body.put("privateTitle", privateTitle);
        Api.Response created = as(booker).post("/api/v1/bookings", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("privateTitle").asBoolean()).isEqualTo(privateTitle);
        return created.json().get("id").asLong();
    }

    /** The cursor after the resource's first booking, to read the rest by cursor. */
    private static String cursorBefore(Api reader, long resource) {
        return reader.get("/api/v1/bookings?resourceId=" + resource + "&size=1").json().get("next").asString();
    }

    private static JsonNode find(JsonNode list, long id) {
        return StreamSupport.stream(list.get("items").spliterator(), false)
                .filter(item -> item.get("id").asLong() == id).findFirst()
                .orElseThrow(() -> new AssertionError("booking " + id + " not in " + list));
    }
}
