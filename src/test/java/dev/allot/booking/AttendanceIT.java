package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who is in: GET /api/v1/sites/{id}/attendance, the same figures the who's-in page shows. */
class AttendanceIT extends AllotIntegrationTest {

    private static final String ZONE = "Pacific/Auckland";

    @Test
    void attendance_lists_each_person_with_their_bookings_that_day_and_counts_desks_and_rooms() {
        long site = site(ZONE);
        long floor = floor(site, "Level 2");
        long desk = resource(site, floor, "DESK", 1);
        long room = resource(site, floor, "ROOM", 6);
        long otherDesk = resource(site, null, "DESK", 1);
        User ann = member();
        User bob = member();
        book(ann, desk, at(ZONE, 2, 9, 0), at(ZONE, 2, 17, 0));
        long standup = book(ann, room, at(ZONE, 2, 10, 0), at(ZONE, 2, 10, 30));
        book(bob, otherDesk, at(ZONE, 2, 8, 0), at(ZONE, 2, 12, 0));
        long cancelled = book(bob, room, at(ZONE, 2, 14, 0), at(ZONE, 2, 15, 0));
        assertThat(as(bob).post("/api/v1/bookings/" + cancelled + "/cancel", Map.of()).status()).isEqualTo(200);
        book(bob, room, at(ZONE, 3, 9, 0), at(ZONE, 3, 10, 0)); // the next day
        LocalDate day = LocalDate.now(ZoneId.of(ZONE)).plusDays(2);

        Api.Response found = as(viewer()).get("/api/v1/sites/" + site + "/attendance?day=" + day);

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonNode json = found.json();
        assertThat(json.get("day").asString()).isEqualTo(day.toString());
        assertThat(json.get("timeZone").asString()).isEqualTo(ZONE);
        assertThat(json.get("desks").asInt()).isEqualTo(2);
        assertThat(json.get("rooms").asInt()).isEqualTo(1);
        assertThat(json.get("people")).hasSize(2);
        JsonNode annIn = person(json, ann);
        assertThat(annIn.get("bookings")).hasSize(2);
        JsonNode annRoom = annIn.get("bookings").get(1);
        assertThat(annRoom.get("bookingId").asLong()).isEqualTo(standup);
        assertThat(annRoom.get("resourceKind").asString()).isEqualTo("ROOM");
        assertThat(annRoom.get("floorName").asString()).isEqualTo("Level 2");
        assertThat(OffsetDateTime.parse(annRoom.get("startsAt").asString())).isEqualTo(at(ZONE, 2, 10, 0));
        assertThat(person(json, bob).get("bookings")).hasSize(1);
        assertThat(person(json, bob).get("bookings").get(0).get("floorId").isNull()).isTrue();
    }

    @Test
    void one_floor_shows_only_its_resources() {
        long site = site(ZONE);
        long floor = floor(site, "Ground");
        long desk = resource(site, floor, "DESK", 1);
        long elsewhere = resource(site, null, "DESK", 1);
        User ann = member();
        book(ann, desk, at(ZONE, 1, 9, 0), at(ZONE, 1, 12, 0));
        book(member(), elsewhere, at(ZONE, 1, 9, 0), at(ZONE, 1, 12, 0));
        LocalDate day = LocalDate.now(ZoneId.of(ZONE)).plusDays(1);

        JsonNode json = as(member()).get("/api/v1/sites/" + site + "/attendance?day=" + day + "&floorId=" + floor).json();

        assertThat(json.get("desks").asInt()).isEqualTo(1);
        assertThat(json.get("people")).hasSize(1);
        assertThat(json.get("people").get(0).get("userId").asLong()).isEqualTo(ann.id());
    }

    @Test
    void the_day_defaults_to_today_in_the_sites_zone() {
        long site = site(ZONE);

        Api.Response found = as(member()).get("/api/v1/sites/" + site + "/attendance");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("day").asString()).isEqualTo(LocalDate.now(ZoneId.of(ZONE)).toString());
        assertThat(found.json().get("people")).isEmpty();
    }

    @Test
    void an_unknown_site_is_404_and_a_bad_day_is_400_naming_it() {
        Api.Response unknown = as(member()).get("/api/v1/sites/999999999/attendance");
        Api.Response badDay = as(member()).get("/api/v1/sites/" + site(ZONE) + "/attendance?day=tomorrow");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.json().get("errors").get(0).get("field").asString()).isEqualTo("day");
    }

    private static JsonNode person(JsonNode attendance, User user) {
        for (JsonNode person : attendance.get("people")) {
            if (person.get("userId").asLong() == user.id()) {
                return person;
            }
        }
        throw new AssertionError("user " + user.id() + " is not in " + attendance);
    }

    private long floor(long site, String name) {
        Api.Response created = as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", name, "level", 2));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long resource(long site, Long floor, String kind, int capacity) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("siteId", site, "kind", kind,
                "name", unique(kind.toLowerCase()), "capacity", capacity, "amenities", List.of()));
        if (floor != null) {
            body.put("floorId", floor);
        }
        Api.Response created = as(admin()).post("/api/v1/resources", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long book(User who, long resource, OffsetDateTime start, OffsetDateTime end) {
        Api.Response booked = as(who).post("/api/v1/bookings", booking(resource, start, end));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.json().get("id").asLong();
    }
}
