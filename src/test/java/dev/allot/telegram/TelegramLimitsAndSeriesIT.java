package dev.allot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.Api;
import dev.allot.testing.FakeBotApi.Message;
import dev.allot.testing.FakeBotApi.TgUser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The bot's /limits, and cancelling an occurrence of a series with the following ones (issue 18). */
class TelegramLimitsAndSeriesIT extends TelegramTest {

    private Long limit;

    @BeforeEach
    void firstOfMarch2027() {
        clock().set(Instant.parse("2027-03-01T07:00:00Z"));
    }

    @AfterEach
    void removeLimit() {
        if (limit != null) {
            as(admin()).delete("/api/v1/limits/" + limit);
        }
    }

    @Test
    void limitsShowWhatIsUsedThisWeek() {
        long site = site("Europe/Berlin");
        long room = resource(site, "ROOM", 4);
        limit = as(admin()).post("/api/v1/limits", Map.of("role", "MEMBER", "siteId", site, "measure", "HOURS_PER_WEEK",
                "amount", 2)).json().get("id").asLong();
        User member = member();
        as(member).post("/api/v1/bookings", booking(room, OffsetDateTime.parse("2027-03-02T09:00:00+01:00"),
                OffsetDateTime.parse("2027-03-02T10:00:00+01:00")));
        TgUser tg = linked(member);

        Message shown = say(tg, "/limits");

        assertThat(shown.shown()).contains("At most 2 hours of booking a week").contains("1 of 2 used in the week from");
        assertThat(say(linked(viewer()), "/limits").shown()).contains("No fair-use limits hold you");
    }

    @Test
    void anOccurrenceIsCancelledWithTheFollowingOnes() {
        long room = resource(site("Europe/Berlin"), "ROOM", 4);
        User member = member();
        Map<String, Object> series = new HashMap<>(booking(room, OffsetDateTime.parse("2027-03-02T09:00:00+01:00"),
                OffsetDateTime.parse("2027-03-02T10:00:00+01:00")));
        series.put("repeat", Map.of("frequency", "WEEKLY", "count", 3));
        Api.Response created = as(member).post("/api/v1/bookings", series);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        TgUser tg = linked(member);

        Message mine = say(tg, "/my");
        Message which = press(tg, mine, "2 · Cancel");
        assertThat(which.shown()).contains("repeats. Cancel which?");
        Message after = press(tg, which, "This and the following");

        assertThat(after.shown()).startsWith("Cancelled");
        JsonNode bookings = created.json().get("bookings");
        assertThat(status(member, bookings.get(0))).isEqualTo("CONFIRMED");
        assertThat(status(member, bookings.get(1))).isEqualTo("CANCELLED");
        assertThat(status(member, bookings.get(2))).isEqualTo("CANCELLED");
    }

    private String status(User member, JsonNode booking) {
        return as(member).get("/api/v1/bookings/" + booking.get("id").asLong()).json().get("status").asString();
    }
}
