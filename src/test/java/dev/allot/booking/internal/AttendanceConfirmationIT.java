package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Attendance confirmation and release with the test clock, across the end of daylight saving in
 * Berlin (Sunday 31 October 2027: 03:00 CEST becomes 02:00 CET). The sweep is run directly, as of the
 * test clock; the recurring task runs it as of db-scheduler's own clock, long before these days.
 */
class AttendanceConfirmationIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";
    private static final ZoneId BERLIN = ZoneId.of(ZONE);
    /** The Sunday daylight saving ends; the Saturday before is still summer time (UTC+2). */
    private static final LocalDate DST_SUNDAY = LocalDate.of(2027, 10, 31);
    private static final LocalDate DST_MONDAY = DST_SUNDAY.plusDays(1);

    @Autowired
    AttendanceSweep sweep;

    @Autowired
    AttendanceProperties.NoShow noShow;

    /** A member signed in at the test clock's time (a token's lifetime runs on the application's clock). */
    private User fresh(User user) {
        return user.email().equals(ADMIN_EMAIL) ? admin() : signIn(user.email(), PASSWORD);
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
    }

    private static Map<String, Object> deskDay(long desk, LocalDate day) {
        OffsetDateTime start = day.atTime(8, 0).atZone(BERLIN).toOffsetDateTime();
        OffsetDateTime end = day.atTime(18, 0).atZone(BERLIN).toOffsetDateTime();
        return Map.of("resourceId", desk, "startsAt", start.toString(), "endsAt", end.toString(), "title", "Desk day");
    }

    /** Books the desk for the day, as of the day before yesterday at noon (before any question). */
    private long bookDesk(User member, long desk, LocalDate day) {
        clock().set(local(day.minusDays(2), 12, 0));
        Api.Response booked = as(fresh(member)).post("/api/v1/bookings", deskDay(desk, day));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.json().get("id").asLong();
    }

    private void sweepAt(Instant at) {
        clock().set(at);
        sweep.run(at);
    }

    private String status(long booking) {
        return as(admin()).get("/api/v1/bookings/" + booking).json().get("status").asString();
    }

    private List<JsonNode> inbox(User user, String kind) {
        return as(fresh(user)).get("/api/v1/notifications?size=100").json().get("items").valueStream()
                .filter(item -> item.get("kind").asString().equals(kind))
                .toList();
    }

    private List<JsonNode> audit(long booking, String action) {
        return as(admin()).get("/api/v1/audit?targetType=booking&targetId=" + booking + "&action=" + action).json()
                .get("items").valueStream().toList();
    }

    private Api.Response answer(User user, long booking, boolean coming) {
        return as(fresh(user)).post("/api/v1/bookings/" + booking + "/attendance", Map.of("coming", coming));
    }

    @Test
    void a_desk_day_after_the_change_to_winter_time_is_asked_at_16_local_and_released_at_10_local() {
        long desk = resource(site(ZONE), "DESK", 1);
        User member = member();
        long booking = bookDesk(member, desk, DST_SUNDAY);

        // Saturday 16:00 CEST is 14:00 UTC; Sunday 10:00 CET is 09:00 UTC (not 08:00: the offset changed)
        Instant question = local(DST_SUNDAY.minusDays(1), 16, 0);
        Instant deadline = local(DST_SUNDAY, 10, 0);
        assertThat(question).isEqualTo(Instant.parse("2027-10-30T14:00:00Z"));
        assertThat(deadline).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
        JsonNode planned = as(fresh(member)).get("/api/v1/bookings/" + booking + "/attendance").json();
        assertThat(OffsetDateTime.parse(planned.get("askAt").asString()).toInstant()).isEqualTo(question);
        assertThat(OffsetDateTime.parse(planned.get("deadline").asString()).toInstant()).isEqualTo(deadline);
        assertThat(planned.get("state").asString()).isEqualTo("NOT_ASKED");

        sweepAt(question.minusSeconds(60));
        assertThat(inbox(member, AttendanceNews.QUESTION)).isEmpty();

        sweepAt(question);
        List<JsonNode> asked = inbox(member, AttendanceNews.QUESTION);
        assertThat(asked).hasSize(1);
        assertThat(asked.getFirst().get("link").asString()).isEqualTo("/bookings/" + booking + "/attendance");
        assertThat(asked.getFirst().get("actions").valueStream().map(action -> action.get("target").asString()))
                .containsExactly("/bookings/" + booking + "/attendance?coming=yes",
                        "/bookings/" + booking + "/attendance?coming=no", "attendance-yes:" + booking,
                        "attendance-no:" + booking);
        // the deadline is told in the site's winter time, the day's own offset
        assertThat(asked.getFirst().get("body").asString()).contains("10:00");

        sweepAt(deadline.minusSeconds(60));
        assertThat(status(booking)).isEqualTo("CONFIRMED");

        sweepAt(deadline);
        assertThat(status(booking)).isEqualTo("CANCELLED");
        JsonNode released = as(admin()).get("/api/v1/bookings/" + booking).json();
        assertThat(released.get("reason").asString()).isEqualTo("not-confirmed");
        assertThat(released.get("cancelledBy").isNull()).isTrue();
        assertThat(inbox(member, AttendanceNews.RELEASED)).singleElement()
                .satisfies(news -> assertThat(news.get("body").asString()).contains("deadline"));
        JsonNode entry = audit(booking, "booking.cancelled").getFirst();
        assertThat(entry.get("actorId").isNull()).isTrue();
        assertThat(entry.get("details").get("after").get("reason").asString()).isEqualTo("not-confirmed");
        // the desk is free again for the rest of the day
        Api.Response again = as(fresh(member())).post("/api/v1/bookings", Map.of("resourceId", desk,
                "startsAt", deadline.atZone(BERLIN).toOffsetDateTime().toString(),
                "endsAt", local(DST_SUNDAY, 18, 0).atZone(BERLIN).toOffsetDateTime().toString()));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
    }

    @Test
    void a_desk_day_on_the_monday_after_the_change_is_asked_at_16_winter_time_on_sunday() {
        long desk = resource(site(ZONE), "DESK", 1);
        User member = member();
        long booking = bookDesk(member, desk, DST_MONDAY);

        sweepAt(Instant.parse("2027-10-31T14:59:00Z"));
        assertThat(inbox(member, AttendanceNews.QUESTION)).isEmpty();
        sweepAt(Instant.parse("2027-10-31T15:00:00Z"));
        assertThat(inbox(member, AttendanceNews.QUESTION)).hasSize(1);

        sweepAt(Instant.parse("2027-11-01T08:59:00Z"));
        assertThat(status(booking)).isEqualTo("CONFIRMED");
        sweepAt(Instant.parse("2027-11-01T09:00:00Z"));
        assertThat(status(booking)).isEqualTo("CANCELLED");
    }

    @Test
    void a_desk_day_moved_to_another_day_is_asked_again_for_that_day() {
        long desk = resource(site(ZONE), "DESK", 1);
        User member = member();
        long booking = bookDesk(member, desk, DST_SUNDAY);
        sweepAt(local(DST_SUNDAY.minusDays(1), 16, 0));
        clock().set(local(DST_SUNDAY.minusDays(1), 17, 0));

        Map<String, Object> monday = deskDay(desk, DST_MONDAY);
        Api.Response moved = as(fresh(member)).put("/api/v1/bookings/" + booking,
                Map.of("startsAt", monday.get("startsAt"), "endsAt", monday.get("endsAt")));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        sweepAt(local(DST_SUNDAY, 10, 0));
        assertThat(status(booking)).isEqualTo("CONFIRMED");
        sweepAt(local(DST_SUNDAY, 16, 0));
        assertThat(inbox(member, AttendanceNews.QUESTION)).hasSize(2);
        sweepAt(local(DST_MONDAY, 10, 0));
        assertThat(status(booking)).isEqualTo("CANCELLED");
    }

    @Test
    void running_each_step_twice_asks_once_and_releases_once() {
        long desk = resource(site(ZONE), "DESK", 1);
        User member = member();
        long booking = bookDesk(member, desk, DST_SUNDAY);

        sweepAt(local(DST_SUNDAY.minusDays(1), 16, 0));
        sweep.run(local(DST_SUNDAY.minusDays(1), 16, 0));
        sweepAt(local(DST_SUNDAY.minusDays(1), 17, 0));
        assertThat(inbox(member, AttendanceNews.QUESTION)).hasSize(1);

        sweepAt(local(DST_SUNDAY, 10, 0));
        sweep.run(local(DST_SUNDAY, 10, 0));
        sweepAt(local(DST_SUNDAY, 10, 5));

        assertThat(audit(booking, "booking.cancelled")).hasSize(1);
        assertThat(inbox(member, AttendanceNews.RELEASED)).hasSize(1);
    }

    @Test
    void no_releases_the_desk_at_once_and_it_is_bookable_again() {
        long desk = resource(site(ZONE), "DESK", 1);
        User member = member();
        long booking = bookDesk(member, desk, DST_SUNDAY);
        sweepAt(local(DST_SUNDAY.minusDays(1), 16, 0));
        clock().set(local(DST_SUNDAY.minusDays(1), 18, 30));

        Api.Response no = answer(member, booking, false);

        assertThat(no.status()).as(no.toString()).isEqualTo(200);
        assertThat(no.json().get("state").asString()).isEqualTo("RELEASED");
        assertThat(no.json().get("releaseReason").asString()).isEqualTo("not-coming");
        assertThat(status(booking)).isEqualTo("CANCELLED");
        JsonNode entry = audit(booking, "booking.cancelled").getFirst();
        assertThat(entry.get("actorId").asLong()).isEqualTo(member.id());
        assertThat(entry.get("details").get("after").get("reason").asString()).isEqualTo("not-coming");
        Api.Response taken = as(fresh(member())).post("/api/v1/bookings", deskDay(desk, DST_SUNDAY));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        // the booker said so themselves: no news of their own release
        assertThat(inbox(member, AttendanceNews.RELEASED)).isEmpty();
    }

    @Test
    void yes_keeps_the_desk_past_the_deadline() {
        long desk = resource(site(ZONE), "DESK", 1);
        User member = member();
        long booking = bookDesk(member, desk, DST_SUNDAY);
        sweepAt(local(DST_SUNDAY.minusDays(1), 16, 0));
        clock().set(local(DST_SUNDAY.minusDays(1), 16, 10));

        Api.Response yes = answer(member, booking, true);
        Api.Response again = answer(member, booking, true);

        assertThat(yes.status()).as(yes.toString()).isEqualTo(200);
        assertThat(yes.json().get("state").asString()).isEqualTo("COMING");
        assertThat(again.json().get("answeredAt").asString()).isEqualTo(yes.json().get("answeredAt").asString());
        sweepAt(local(DST_SUNDAY, 10, 0));
        assertThat(status(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void a_check_in_counts_as_yes() {
        long desk = resource(site(ZONE), "DESK", 1);
        User member = member();
        long booking = bookDesk(member, desk, DST_SUNDAY);
        sweepAt(local(DST_SUNDAY.minusDays(1), 16, 0));
        clock().set(local(DST_SUNDAY, 8, 5));

        Api.Response checkedIn = as(fresh(member)).post("/api/v1/bookings/" + booking + "/check-in", null);
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);

        sweepAt(local(DST_SUNDAY, 10, 0));
        assertThat(status(booking)).isEqualTo("CONFIRMED");
        JsonNode confirmation = as(fresh(member)).get("/api/v1/bookings/" + booking + "/attendance").json();
        assertThat(confirmation.get("state").asString()).isEqualTo("COMING");
        assertThat(confirmation.get("coming").asBoolean()).isTrue();
    }

    @Test
    void a_desk_booked_after_the_question_time_counts_as_yes_and_is_neither_asked_nor_released() {
        long desk = resource(site(ZONE), "DESK", 1);
        clock().set(local(DST_SUNDAY.minusDays(1), 20, 0));
        User member = member();
        long booking = as(member).post("/api/v1/bookings", deskDay(desk, DST_SUNDAY)).json().get("id").asLong();

        sweepAt(local(DST_SUNDAY.minusDays(1), 20, 1));
        sweepAt(local(DST_SUNDAY, 10, 0));

        assertThat(inbox(member, AttendanceNews.QUESTION)).isEmpty();
        assertThat(status(booking)).isEqualTo("CONFIRMED");
        assertThat(as(fresh(member)).get("/api/v1/bookings/" + booking + "/attendance").json().get("state").asString())
                .isEqualTo("COMING");
    }

    @Test
    void an_answer_after_the_release_or_on_a_cancelled_booking_is_refused() {
        long desk = resource(site(ZONE), "DESK", 1);
        User member = member();
        long released = bookDesk(member, desk, DST_SUNDAY);
        sweepAt(local(DST_SUNDAY.minusDays(1), 16, 0));
        sweepAt(local(DST_SUNDAY, 10, 0));
        long cancelled = bookDesk(member, resource(site(ZONE), "DESK", 1), DST_MONDAY);
        as(fresh(member)).post("/api/v1/bookings/" + cancelled + "/cancel", null);
        clock().set(local(DST_SUNDAY, 10, 30));

        Api.Response late = answer(member, released, true);
        Api.Response onCancelled = answer(member, cancelled, true);

        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().get("type").asString()).endsWith("/attendance-released");
        assertThat(late.json().get("detail").asString()).isNotBlank();
        assertThat(onCancelled.status()).as(onCancelled.toString()).isEqualTo(409);
        assertThat(status(released)).isEqualTo("CANCELLED");
    }

    @Test
    void the_answer_endpoint_refuses_bad_input_strangers_unknown_bookings_and_rooms_as_problems() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        long room = resource(site, "ROOM", 4);
        User member = member();
        long booking = bookDesk(member, desk, DST_SUNDAY);
        long roomBooking = as(fresh(member)).post("/api/v1/bookings", deskDay(room, DST_MONDAY)).json().get("id").asLong();

        Api.Response missing = as(fresh(member)).post("/api/v1/bookings/" + booking + "/attendance", Map.of());
        Api.Response stranger = answer(member(), booking, false);
        Api.Response unknown = answer(member, Long.MAX_VALUE / 2, true);
        Api.Response notAsked = answer(member, roomBooking, true);
        Api.Response byAdmin = answer(admin(), booking, true);

        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains("coming");
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(403);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(notAsked.status()).as(notAsked.toString()).isEqualTo(409);
        assertThat(notAsked.json().get("type").asString()).endsWith("/attendance-not-asked");
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
        assertThat(status(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void a_room_not_checked_in_by_its_start_plus_the_grace_is_released_when_the_no_show_release_is_on() {
        long room = resource(site(ZONE), "ROOM", 4);
        User member = member();
        LocalDate day = LocalDate.of(2027, 10, 20);
        long booking = bookDesk(member, room, day);
        boolean was = noShow.isEnabled();
        noShow.setEnabled(true);
        try {
            sweepAt(local(day, 8, 14));
            assertThat(status(booking)).isEqualTo("CONFIRMED");
            sweepAt(local(day, 8, 15));
            sweep.run(local(day, 8, 15));
        } finally {
            noShow.setEnabled(was);
        }

        JsonNode released = as(admin()).get("/api/v1/bookings/" + booking).json();
        assertThat(released.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(released.get("reason").asString()).isEqualTo("no-show");
        List<JsonNode> entries = audit(booking, "booking.cancelled");
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().get("actorId").isNull()).isTrue();
        assertThat(entries.getFirst().get("details").get("after").get("reason").asString()).isEqualTo("no-show");
        assertThat(inbox(member, AttendanceNews.RELEASED)).hasSize(1);
    }

    @Test
    void rooms_are_not_released_while_the_no_show_release_is_off() {
        long room = resource(site(ZONE), "ROOM", 4);
        User member = member();
        LocalDate day = LocalDate.of(2027, 10, 21);
        long booking = bookDesk(member, room, day);

        sweepAt(local(day, 9, 0));

        assertThat(noShow.isEnabled()).isFalse();
        assertThat(status(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void a_checked_in_room_is_not_released_as_a_no_show() {
        long room = resource(site(ZONE), "ROOM", 4);
        User member = member();
        LocalDate day = LocalDate.of(2027, 10, 22);
        long booking = bookDesk(member, room, day);
        clock().set(local(day, 8, 5));
        as(fresh(member)).post("/api/v1/bookings/" + booking + "/check-in", null);
        boolean was = noShow.isEnabled();
        noShow.setEnabled(true);
        try {
            sweepAt(local(day, 8, 30));
        } finally {
            noShow.setEnabled(was);
        }

        assertThat(status(booking)).isEqualTo("CONFIRMED");
        assertThat(Duration.ofMinutes(15)).isEqualTo(noShow.getGrace());
    }
}
