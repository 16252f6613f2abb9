package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookingFlowIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void a_member_books_a_free_room_and_sees_it_among_their_bookings() {
        User member = member();
        long room = room(6, "projector");

        Api.Response created = as(member).post("/api/v1/bookings", booking(room, at(ZONE, 3, 10, 0), at(ZONE, 3, 11, 0)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(created.header("Location")).isEqualTo("/api/v1/bookings/" + created.json().get("id").asLong());
        Api.Response mine = as(member).get("/api/v1/bookings");
        assertThat(mine.json().get("items")).hasSize(1);
        assertThat(mine.json().get("items").get(0).get("id").asLong()).isEqualTo(created.json().get("id").asLong());
    }

    @Test
    void an_overlapping_booking_is_refused_with_409_naming_the_taken_range() {
        long room = room(4);
        OffsetDateTime start = at(ZONE, 2, 9, 0);
        assertThat(as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).status()).isEqualTo(201);

        Api.Response clash = as(member()).post("/api/v1/bookings", booking(room, start.plusMinutes(30), start.plusMinutes(90)));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.contentType()).startsWith("application/problem+json");
        assertThat(clash.json().get("type").asString()).endsWith("/booking-overlap");
        assertThat(clash.json().get("conflict").get("startsAt").asString()).isEqualTo(start.toString().replace("T09:00", "T09:00:00"));
        assertThat(clash.json().get("detail").asString()).contains("09:00:00").contains("10:00:00");
    }

    @Test
    void back_to_back_bookings_do_not_overlap() {
        long room = room(4);
        OffsetDateTime start = at(ZONE, 2, 13, 0);
        assertThat(as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).status()).isEqualTo(201);

        Api.Response next = as(member()).post("/api/v1/bookings", booking(room, start.plusHours(1), start.plusHours(2)));

        assertThat(next.status()).as(next.toString()).isEqualTo(201);
    }

    @Test
    void cancelled_booking_frees_the_slot_for_the_next_person() {
        User first = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 4, 14, 0);
        long id = as(first).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        Api.Response cancelled = as(first).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "plans changed"));
        Api.Response second = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1)));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelledBy").asLong()).isEqualTo(first.id());
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
    }

    @Test
    void a_member_cannot_cancel_someone_elses_booking_but_an_admin_can_with_a_reason() {
        long room = room(4);
        OffsetDateTime start = at(ZONE, 5, 9, 0);
        long id = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        Api.Response byStranger = as(member()).post("/api/v1/bookings/" + id + "/cancel", null);
        Api.Response byAdmin = as(admin()).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "room closed for repairs"));

        assertThat(byStranger.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.json().get("reason").asString()).isEqualTo("room closed for repairs");
    }

    @Test
    void an_admin_cancelling_someone_elses_booking_without_a_reason_is_told_a_reason_is_required() {
        long room = room(4);
        OffsetDateTime start = at(ZONE, 5, 13, 0);
        long id = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        Api.Response withoutReason = as(admin()).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "  "));
        Api.Response tooLong = as(admin()).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "x".repeat(501)));

        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.json().get("type").asString()).endsWith("/rule-violated");
        assertThat(withoutReason.json().get("violations").get(0).get("rule").asString()).isEqualTo("reason-required");
        assertThat(withoutReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(as(admin()).get("/api/v1/bookings/" + id).json().get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void a_rejection_without_a_reason_is_refused_and_the_booking_stays_pending() {
        long room = resource(site(ZONE), "ROOM", 10, true);
        OffsetDateTime start = at(ZONE, 6, 11, 0);
        long id = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        Api.Response rejected = as(admin()).post("/api/v1/bookings/" + id + "/reject", null);

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(as(admin()).get("/api/v1/bookings/" + id).json().get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void each_booking_says_what_the_caller_may_do_with_it_now() {
        User booker = member();
        long room = resource(site(ZONE), "ROOM", 10, true);
        OffsetDateTime start = at(ZONE, 6, 13, 0);
        long id = as(booker).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        var mine = as(booker).get("/api/v1/bookings/" + id).json().get("actions");
        var theirs = as(member()).get("/api/v1/bookings/" + id).json().get("actions");
        var admins = as(admin()).get("/api/v1/bookings/" + id).json().get("actions");

        assertThat(mine.get("change").asBoolean()).isTrue();
        assertThat(mine.get("cancel").asBoolean()).isTrue();
        assertThat(mine.get("checkIn").asBoolean()).isFalse();
        assertThat(mine.get("approve").asBoolean()).isFalse();
        assertThat(theirs.get("cancel").asBoolean()).isFalse();
        assertThat(theirs.get("change").asBoolean()).isFalse();
        assertThat(admins.get("approve").asBoolean()).isTrue();
        assertThat(admins.get("reject").asBoolean()).isTrue();
        assertThat(admins.get("cancel").asBoolean()).isTrue();
    }

    @Test
    void cancelling_twice_is_a_conflict_not_an_error() {
        User member = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 5, 11, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();
        as(member).post("/api/v1/bookings/" + id + "/cancel", null);

        Api.Response again = as(member).post("/api/v1/bookings/" + id + "/cancel", null);

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void a_room_that_needs_approval_gives_a_pending_booking_that_holds_its_slot_until_an_admin_decides() {
        long room = resource(site(ZONE), "ROOM", 10, true);
        OffsetDateTime start = at(ZONE, 6, 9, 0);
        Api.Response pending = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(2)));
        long id = pending.json().get("id").asLong();

        Api.Response meanwhile = as(member()).post("/api/v1/bookings", booking(room, start.plusHours(1), start.plusHours(3)));
        Api.Response approved = as(admin()).post("/api/v1/bookings/" + id + "/approve", null);
        Api.Response approvedAgain = as(admin()).post("/api/v1/bookings/" + id + "/approve", null);

        assertThat(pending.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(meanwhile.status()).isEqualTo(409);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(approvedAgain.status()).isEqualTo(409);
    }

    @Test
    void a_rejected_booking_frees_its_slot() {
        long room = resource(site(ZONE), "ROOM", 10, true);
        OffsetDateTime start = at(ZONE, 6, 15, 0);
        long id = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        Api.Response rejected = as(admin()).post("/api/v1/bookings/" + id + "/reject", Map.of("reason", "board meeting"));
        Api.Response next = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1)));

        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(next.status()).isEqualTo(201);
    }

    @Test
    void the_same_idempotency_key_and_body_return_the_first_booking_instead_of_a_second() {
        User member = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 7, 10, 0);
        Api api = as(member).withHeader("Idempotency-Key", unique("key"));

        Api.Response first = api.post("/api/v1/bookings", booking(room, start, start.plusHours(1)));
        Api.Response retry = api.post("/api/v1/bookings", booking(room, start, start.plusHours(1)));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(as(member).get("/api/v1/bookings").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void an_idempotency_key_reused_for_another_request_is_refused() {
        User member = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 7, 14, 0);
        Api api = as(member).withHeader("Idempotency-Key", unique("key"));
        api.post("/api/v1/bookings", booking(room, start, start.plusHours(1)));

        Api.Response other = api.post("/api/v1/bookings", booking(room, start.plusHours(2), start.plusHours(3)));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asString()).endsWith("/idempotency-key-reused");
    }

    @Test
    void bookings_of_a_site_on_a_day_are_listed_in_the_sites_calendar() {
        String zone = "America/New_York";
        long site = site(zone);
        long room = resource(site, "ROOM", 4);
        OffsetDateTime lateEvening = at(zone, 3, 22, 0);
        as(member()).post("/api/v1/bookings", booking(room, lateEvening, lateEvening.plusHours(1)));

        String day = lateEvening.toLocalDate().toString();
        Api.Response thatDay = as(viewer()).get("/api/v1/bookings?siteId=" + site + "&date=" + day);
        Api.Response nextDay = as(viewer()).get("/api/v1/bookings?siteId=" + site + "&date="
                + lateEvening.toLocalDate().plusDays(1));

        assertThat(thatDay.json().get("total").asLong()).isEqualTo(1);
        assertThat(thatDay.json().get("items").get(0).get("startsAt").asString()).startsWith(day + "T22:00");
        assertThat(nextDay.json().get("total").asLong()).isZero();
    }
}
