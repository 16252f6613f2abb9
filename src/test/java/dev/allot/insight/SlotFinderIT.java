package dev.allot.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The slot finder over the API, against bookings and a history made through the product. */
class SlotFinderIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";
    private static final ZoneId BERLIN = ZoneId.of(ZONE);

    private long officeHoursSite() {
        List<Map<String, String>> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(Map.of("day", day.name(), "opens", "08:00", "closes", "18:00"));
        }
        return site(ZONE, hours);
    }

    private static LocalDate nextMonday() {
        return LocalDate.now(BERLIN).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private Api.Response find(User user, long site, int attendees, String duration, String amenity, LocalDate from,
            LocalDate to) {
        return as(user).get("/api/v1/slot-finder?siteId=" + site + "&attendees=" + attendees + "&duration=" + duration
                + (amenity == null ? "" : "&amenities=" + amenity) + "&from=" + from + "&to=" + to);
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(BERLIN).toOffsetDateTime();
    }

    @Test
    void suggestions_fit_are_free_and_avoid_what_is_usually_crowded() {
        long site = officeHoursSite();
        long small = resource(site, "ROOM", 4, "projector");
        long medium = resource(site, "ROOM", 8, "projector");
        long big = resource(site, "ROOM", 20, "projector");
        long plain = resource(site, "ROOM", 8);
        User member = member();
        // History: for eight weeks the projector rooms were full on Monday mornings.
        List<Map<String, Object>> history = new ArrayList<>();
        LocalDate lastMonday = LocalDate.now(BERLIN).with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
        for (int week = 0; week < 8; week++) {
            for (long room : List.of(small, medium, big)) {
                LocalDate day = lastMonday.minusWeeks(week);
                history.add(Map.of("resourceId", room, "bookedBy", member.id(), "startsAt", at(day, 8).toString(),
                        "endsAt", at(day, 12).toString(), "title", "Weekly", "attendees", 2));
            }
        }
        assertThat(as(admin()).post("/api/v1/bookings/import", Map.of("bookings", history)).status()).isEqualTo(201);
        LocalDate monday = nextMonday();
        // and next Monday the medium room is taken 12-14
        assertThat(as(member).post("/api/v1/bookings", booking(medium, at(monday, 12), at(monday, 14))).status())
                .isEqualTo(201);

        Api.Response found = find(member, site, 6, "PT1H", "projector", monday, monday);

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonNode suggestions = found.json();
        assertThat(suggestions).extracting(s -> s.get("resourceId").asLong()).containsExactly(medium, big);
        for (JsonNode s : suggestions) {
            LocalTime start = OffsetDateTime.parse(s.get("startsAt").asString()).toLocalTime();
            assertThat(start).as("never in the usually crowded morning").isAfterOrEqualTo(LocalTime.NOON);
            if (s.get("resourceId").asLong() == medium) {
                assertThat(start).as("never over the booking 12-14").isAfterOrEqualTo(LocalTime.of(14, 0));
            }
        }
        JsonNode first = suggestions.get(0);
        assertThat(first.get("reasons").toString()).contains("Fits 6 people in a room for 8").contains("Usually quiet");
        assertThat(first.get("usualShare").asDouble()).isZero();
        assertThat(first.get("score").asInt()).isGreaterThan(suggestions.get(1).get("score").asInt());

        // booking a suggestion is an ordinary booking; the next search moves on
        Api.Response booked = as(member).post("/api/v1/bookings", Map.of("resourceId", medium,
                "startsAt", first.get("startsAt").asString(), "endsAt", first.get("endsAt").asString(),
                "title", "Retro", "attendees", 6));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        JsonNode again = find(member, site, 6, "PT1H", "projector", monday, monday).json();
        assertThat(again.toString()).doesNotContain("\"startsAt\":\"" + first.get("startsAt").asString() + "\",\"endsAt\"");
        assertThat(plain).isPositive();
    }

    @Test
    void bad_searches_are_told_what_is_wrong() {
        long site = officeHoursSite();
        resource(site, "ROOM", 6);
        User member = member();
        LocalDate monday = nextMonday();

        assertThat(find(member, site, 2, "PT1H", null, monday, monday.minusDays(1)).status()).isEqualTo(400);
        Api.Response tooLong = find(member, site, 2, "PT1H", null, monday, monday.plusDays(40));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("31 days");
        assertThat(find(member, site, 0, "PT1H", null, monday, monday).status()).isEqualTo(400);
        assertThat(find(member, site, 2, "PT13H", null, monday, monday).status()).isEqualTo(400);
        assertThat(find(member, site, 2, "soon", null, monday, monday).status()).isEqualTo(400);
        assertThat(find(member, 999_999, 2, "PT1H", null, monday, monday).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/slot-finder?siteId=" + site + "&attendees=2&duration=PT1H&from=" + monday
                + "&to=" + monday).status()).isEqualTo(401);
        assertThat(find(viewer(), site, 2, "PT1H", null, monday, monday).json()).isNotEmpty();
        assertThat(find(member, site, 7, "PT1H", null, monday, monday).json()).as("nothing holds 7").isEmpty();
    }
}
