package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Admins bring bookings made elsewhere: history and plans, all or nothing, never overlapping. */
class BookingImportIT extends AllotIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(BookingImportIT.class);
    private static final String ZONE = "Europe/Berlin";

    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> row(long resourceId, long bookedBy, OffsetDateTime start, OffsetDateTime end,
            String status, @Nullable OffsetDateTime checkedInAt) {
        Map<String, Object> row = new HashMap<>(Map.of("resourceId", resourceId, "bookedBy", bookedBy,
                "startsAt", start.toString(), "endsAt", end.toString(), "title", "Imported", "attendees", 2,
                "status", status));
        if (checkedInAt != null) {
            row.put("checkedInAt", checkedInAt.toString());
        }
        return row;
    }

    private Api.Response importRows(List<Map<String, Object>> rows) {
        return as(admin()).post("/api/v1/bookings/import", Map.of("bookings", rows));
    }

    private long count(long resourceId) {
        return jdbc.sql("select count(*) from booking where resource_id = :id").param("id", resourceId)
                .query(Long.class).single();
    }

    @Test
    void history_and_plans_arrive_with_their_statuses_and_check_ins_and_nobody_is_notified() {
        User member = member();
        long room = room(6);
        OffsetDateTime past = at(ZONE, -30, 9, 0);
        OffsetDateTime future = at(ZONE, 60, 9, 0); // beyond the booking horizon: imports may plan ahead

        Api.Response imported = importRows(List.of(
                row(room, member.id(), past, past.plusHours(1), "CONFIRMED", past.plusMinutes(3)),
                row(room, member.id(), past, past.plusHours(1), "CANCELLED", null), // cancelled rows hold no slot
                row(room, member.id(), past.plusHours(2), past.plusHours(3), "CONFIRMED", null), // a no-show
                row(room, member.id(), future, future.plusHours(1), "PENDING", null)));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(4);
        List<Long> ids = new ArrayList<>();
        imported.json().get("ids").forEach(id -> ids.add(id.asLong()));
        JsonNode first = as(member).get("/api/v1/bookings/" + ids.get(0)).json();
        assertThat(first.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(OffsetDateTime.parse(first.get("checkedInAt").asString())).isEqualTo(past.plusMinutes(3));
        assertThat(as(member).get("/api/v1/bookings/" + ids.get(1)).json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(as(member).get("/api/v1/bookings/" + ids.get(1)).json().get("cancelledBy").asLong()).isEqualTo(member.id());
        assertThat(as(member).get("/api/v1/bookings/" + ids.get(2)).json().get("checkedInAt").isNull()).isTrue();
        JsonNode pending = as(member).get("/api/v1/bookings/" + ids.get(3)).json();
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        assertThat(OffsetDateTime.parse(pending.get("startsAt").asString())).isEqualTo(future);

        assertThat(as(member).get("/api/v1/notifications").json().get("items")).isEmpty();
        JsonNode audit = as(admin()).get("/api/v1/audit?action=bookings.imported&targetId=" + ids.get(0)).json();
        assertThat(audit.get("items")).hasSize(1);
        assertThat(audit.get("items").get(0).get("details").get("after").get("count").asInt()).isEqualTo(4);
    }

    @Test
    void two_rows_of_one_import_that_overlap_are_refused_by_name_and_nothing_is_stored() {
        long member = member().id();
        long room = room(6);
        OffsetDateTime start = at(ZONE, -3, 9, 0);

        Api.Response refused = importRows(List.of(
                row(room, member, start, start.plusHours(1), "CONFIRMED", null),
                row(room, member, start.plusHours(2), start.plusHours(3), "CONFIRMED", null),
                row(room, member, start.plusMinutes(30), start.plusMinutes(90), "CONFIRMED", null)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("rows").toString()).isEqualTo("[0,2]");
        assertThat(count(room)).isZero();
    }

    @Test
    void a_row_over_a_stored_booking_is_refused_by_the_database_and_the_whole_import_with_it() {
        User member = member();
        long room = room(6);
        OffsetDateTime start = at(ZONE, 3, 9, 0);
        long stored = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        Api.Response refused = importRows(List.of(
                row(room, member.id(), start.plusHours(4), start.plusHours(5), "CONFIRMED", null),
                row(room, member.id(), start.plusMinutes(30), start.plusMinutes(90), "CONFIRMED", null)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("rows").toString()).isEqualTo("[1]");
        assertThat(refused.json().get("conflict").get("bookingId").asLong()).isEqualTo(stored);
        assertThat(count(room)).isEqualTo(1);
    }

    @Test
    void broken_rules_are_reported_per_row_and_field() {
        long member = member().id();
        long room = resource(site(ZONE, List.of(Map.of("day", "MONDAY", "opens", "08:00", "closes", "18:00"))),
                "ROOM", 4);
        OffsetDateTime monday = at(ZONE, -7, 9, 0).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY)).minusWeeks(1);
        Map<String, Object> tooMany = row(room, member, monday, monday.plusHours(1), "CONFIRMED", null);
        tooMany.put("attendees", 9);

        Api.Response refused = importRows(List.of(
                row(room, member, monday.withHour(19), monday.withHour(20), "CONFIRMED", null),
                tooMany,
                row(999_999, member, monday, monday.plusHours(1), "CONFIRMED", null),
                row(room, 999_999, monday, monday.plusHours(1), "CANCELLED", null),
                row(room, member, monday.plusHours(2), monday.plusHours(3), "PENDING", null),
                row(room, member, monday.plusHours(4), monday.plusHours(5), "CANCELLED", monday.plusHours(4))));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        refused.json().get("violations").forEach(e -> fields.add(e.get("field").asString() + " " + e.get("rule").asString()));
        assertThat(fields).containsExactlyInAnyOrder(
                "bookings[0].startsAt opening-hours",
                "bookings[1].attendees capacity",
                "bookings[2].resourceId unknown-resource",
                "bookings[3].bookedBy unknown-person",
                "bookings[4].status pending-in-past",
                "bookings[5].checkedInAt check-in-not-confirmed");
        assertThat(count(room)).isZero();
    }

    @Test
    void only_admins_import_and_an_import_has_a_size_limit() {
        User member = member();
        long room = room(6);
        OffsetDateTime start = at(ZONE, -2, 9, 0);
        List<Map<String, Object>> one = List.of(row(room, member.id(), start, start.plusHours(1), "CONFIRMED", null));

        assertThat(as(member).post("/api/v1/bookings/import", Map.of("bookings", one)).status()).isEqualTo(403);
        assertThat(importRows(List.of()).status()).isEqualTo(400);
        Api.Response missing = as(admin()).post("/api/v1/bookings/import",
                Map.of("bookings", List.of(Map.of("resourceId", room))));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("bookings[0].startsAt");
    }

    @Test
    void the_largest_import_arrives_in_one_call() {
        long member = member().id();
        List<Long> rooms = new ArrayList<>();
        long siteId = site(ZONE);
        for (int i = 0; i < 10; i++) {
            rooms.add(resource(siteId, "ROOM", 8));
        }
        Instant base = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(200));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < Bookings.MAX_IMPORT_BATCH; i++) {
            OffsetDateTime start = base.plus(Duration.ofHours(i / rooms.size())).atZone(ZoneId.of(ZONE)).toOffsetDateTime();
            rows.add(row(rooms.get(i % rooms.size()), member, start, start.plusMinutes(45),
                    i % 7 == 0 ? "CANCELLED" : "CONFIRMED", null));
        }

        long began = System.nanoTime();
        Api.Response imported = importRows(rows);
        log.info("Imported {} bookings in one call in {} ms", rows.size(), (System.nanoTime() - began) / 1_000_000);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("ids")).hasSize(Bookings.MAX_IMPORT_BATCH);
        // ids answer the rows in their order
        long last = imported.json().get("ids").get(Bookings.MAX_IMPORT_BATCH - 1).asLong();
        JsonNode lastBooking = as(admin()).get("/api/v1/bookings/" + last).json();
        assertThat(lastBooking.get("resourceId").asLong()).isEqualTo(rooms.get((Bookings.MAX_IMPORT_BATCH - 1) % 10));
        assertThat(OffsetDateTime.parse(lastBooking.get("startsAt").asString()).toInstant())
                .isEqualTo(base.plus(Duration.ofHours((Bookings.MAX_IMPORT_BATCH - 1) / 10)));
        assertThat(importRows(List.of(rows.get(0), rows.get(1))).status()).as("a repeat overlaps itself").isEqualTo(409);
    }

    @Test
    void the_booker_checks_in_from_a_quarter_of_an_hour_before_the_start_until_the_end() {
        User member = member();
        long room = room(4);
        OffsetDateTime soon = OffsetDateTime.now(ZoneId.of(ZONE)).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        long id = as(member).post("/api/v1/bookings", booking(room, soon, soon.plusHours(1))).json().get("id").asLong();
        OffsetDateTime later = at(ZONE, 2, 9, 0);
        long notYet = as(member).post("/api/v1/bookings", booking(room, later, later.plusHours(1))).json().get("id").asLong();

        assertThat(as(member()).post("/api/v1/bookings/" + id + "/check-in", null).status()).isEqualTo(403);
        Api.Response checkedIn = as(member).post("/api/v1/bookings/" + id + "/check-in", null);
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        String at = checkedIn.json().get("checkedInAt").asString();
        assertThat(at).isNotBlank();
        Api.Response again = as(member).post("/api/v1/bookings/" + id + "/check-in", null);
        assertThat(again.json().get("checkedInAt").asString()).isEqualTo(at);

        Api.Response early = as(member).post("/api/v1/bookings/" + notYet + "/check-in", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("type").asString()).endsWith("check-in-closed");
        assertThat(as(admin()).get("/api/v1/audit?action=booking.checked-in&targetId=" + id).json().get("items")).hasSize(1);
    }
}
