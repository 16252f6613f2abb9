package dev.allot.gathering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A film evening over the API, from the announcement to the seats, as host and guests live it. */
public class GatheringIT extends AllotIntegrationTest {

    static final String ZONE = "Europe/Berlin";

    /** An announcement starting {@code daysAhead} days from now at 19:00 in Berlin, for two hours. */
    public static Map<String, Object> evening(int daysAhead, int seats) {
        OffsetDateTime start = at(ZONE, daysAhead, 19, 0);
        Map<String, Object> event = new HashMap<>();
        event.put("title", "Film evening " + unique("e"));
        event.put("description", "Popcorn provided");
        event.put("film", Map.of("title", "Stalker", "year", 1979, "link", "https://en.wikipedia.org/wiki/Stalker_(1979_film)"));
        event.put("startsAt", start.toString());
        event.put("endsAt", start.plusHours(2).toString());
        event.put("timeZone", ZONE);
        event.put("place", "My flat, Kastanienallee 12");
        event.put("privacy", "PUBLIC");
        event.put("free", true);
        event.put("seats", seats);
        return event;
    }

    public static Map<String, Object> with(Map<String, Object> event, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(event);
        changed.put(key, value);
        return changed;
    }

    long publish(User host, Map<String, Object> event) {
        Api.Response created = as(host).post("/api/v1/events", event);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void a_host_announces_an_evening_and_sees_it_as_guests_will_in_its_own_zone() {
        User host = member();
        Map<String, Object> event = evening(5, 4);

        Api.Response created = as(host).post("/api/v1/events", event);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/v1/events/" + json.get("id").asLong());
        assertThat(json.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(json.get("seats").asInt()).isEqualTo(4);
        assertThat(json.get("seatsLeft").asInt()).isEqualTo(4);
        assertThat(json.get("myParticipation").asString()).isEqualTo("ACCEPTED");
        assertThat(json.get("waiting").asInt()).isZero();
        assertThat(json.get("host").get("id").asLong()).isEqualTo(host.id());
        assertThat(json.get("film").get("title").asString()).isEqualTo("Stalker");
        assertThat(json.get("startsAt").asString()).isEqualTo(at(ZONE, 5, 19, 0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        assertThat(json.get("shortLink").asString()).matches("/e/[2-9a-zA-Z]{8}");

        JsonNode seen = as(member()).get("/api/v1/events/" + json.get("id").asLong()).json();
        assertThat(seen.get("myParticipation").isNull()).isTrue();
        assertThat(seen.get("waiting").isNull()).as("only the host sees the requests waiting").isTrue();
    }

    @Test
    void a_guest_asks_the_host_accepts_and_the_guest_then_sees_who_comes() {
        User host = member();
        long id = publish(host, evening(6, 2));
        User guest = member();

        Api.Response asked = as(guest).post("/api/v1/events/" + id + "/requests", null);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().get("state").asString()).isEqualTo("REQUESTED");
        assertThat(as(guest).get("/api/v1/events/" + id + "/participants").status())
                .as("not accepted yet").isEqualTo(403);
        assertThat(as(host).get("/api/v1/events/" + id).json().get("waiting").asInt()).isEqualTo(1);

        Api.Response accepted = as(host).post("/api/v1/events/" + id + "/participants/" + guest.id() + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        JsonNode event = as(guest).get("/api/v1/events/" + id).json();
        assertThat(event.get("myParticipation").asString()).isEqualTo("ACCEPTED");
        assertThat(event.get("seatsLeft").asInt()).isEqualTo(1);
        JsonNode people = as(guest).get("/api/v1/events/" + id + "/participants").json();
        assertThat(people).extracting(p -> p.get("person").get("id").asLong()).containsExactly(host.id(), guest.id());
        assertThat(people.get(0).get("host").asBoolean()).isTrue();
    }

    @Test
    void asking_twice_is_refused_and_the_second_request_changes_nothing() {
        User host = member();
        long id = publish(host, evening(6, 2));
        User guest = member();
        as(guest).post("/api/v1/events/" + id + "/requests", null);

        Api.Response again = as(guest).post("/api/v1/events/" + id + "/requests", null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/already-asked");
        assertThat(as(host).get("/api/v1/events/" + id + "/participants").json()).hasSize(2);
    }

    @Test
    void when_the_seats_are_gone_the_event_is_full_requests_still_queue_and_a_withdrawal_frees_a_seat() {
        User host = member();
        long id = publish(host, evening(7, 1));
        User first = member();
        User second = member();
        as(first).post("/api/v1/events/" + id + "/requests", null);
        as(host).post("/api/v1/events/" + id + "/participants/" + first.id() + "/accept", null);

        assertThat(as(second).get("/api/v1/events/" + id).json().get("status").asString()).isEqualTo("FULL");
        assertThat(as(second).post("/api/v1/events/" + id + "/requests", null).status()).isEqualTo(201);
        Api.Response noSeat = as(host).post("/api/v1/events/" + id + "/participants/" + second.id() + "/accept", null);
        assertThat(noSeat.status()).isEqualTo(409);
        assertThat(noSeat.json().get("type").asString()).endsWith("/no-seats");
        assertThat(as(second).get("/api/v1/events/" + id).json().get("myParticipation").asString())
                .as("a refused accept leaves the request as it was").isEqualTo("REQUESTED");

        assertThat(as(first).post("/api/v1/events/" + id + "/participation/withdraw", null).status()).isEqualTo(200);
        Api.Response accepted = as(host).post("/api/v1/events/" + id + "/participants/" + second.id() + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(as(host).get("/api/v1/events/" + id).json().get("seatsLeft").asInt()).isZero();
    }

    @Test
    void an_invitation_holds_no_seat_until_it_is_accepted_and_can_be_declined() {
        User host = member();
        long id = publish(host, evening(8, 1));
        User invited = member();
        User other = member();

        Api.Response invitation = as(host).post("/api/v1/events/" + id + "/invitations", Map.of("personId", invited.id()));
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(201);
        assertThat(invitation.json().get("state").asString()).isEqualTo("INVITED");
        assertThat(invitation.json().get("invitedBy").get("id").asLong()).isEqualTo(host.id());
        assertThat(as(host).get("/api/v1/events/" + id).json().get("seatsLeft").asInt()).isEqualTo(1);

        as(other).post("/api/v1/events/" + id + "/requests", null);
        as(host).post("/api/v1/events/" + id + "/participants/" + other.id() + "/accept", null);
        Api.Response tooLate = as(invited).post("/api/v1/events/" + id + "/participation/accept", null);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().get("type").asString()).endsWith("/no-seats");

        Api.Response declined = as(invited).post("/api/v1/events/" + id + "/participation/decline", null);
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().get("state").asString()).isEqualTo("DECLINED");
    }

    @Test
    void asking_to_join_with_an_invitation_waiting_accepts_it() {
        User host = member();
        long id = publish(host, evening(8, 3));
        User invited = member();
        as(host).post("/api/v1/events/" + id + "/invitations", Map.of("personId", invited.id()));

        Api.Response asked = as(invited).post("/api/v1/events/" + id + "/requests", null);

        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().get("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void the_host_rejects_someone_accepted_and_their_seat_frees() {
        User host = member();
        long id = publish(host, evening(9, 1));
        User guest = member();
        as(guest).post("/api/v1/events/" + id + "/requests", null);
        as(host).post("/api/v1/events/" + id + "/participants/" + guest.id() + "/accept", null);

        Api.Response rejected = as(host).post("/api/v1/events/" + id + "/participants/" + guest.id() + "/reject", null);

        assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
        assertThat(as(host).get("/api/v1/events/" + id).json().get("seatsLeft").asInt()).isEqualTo(1);
        assertThat(as(guest).get("/api/v1/events/" + id + "/participants").status()).isEqualTo(403);
    }

    @Test
    void only_the_host_accepts_changes_or_invites() {
        User host = member();
        long id = publish(host, evening(9, 2));
        User guest = member();
        User stranger = member();
        as(guest).post("/api/v1/events/" + id + "/requests", null);

        assertThat(as(stranger).post("/api/v1/events/" + id + "/participants/" + guest.id() + "/accept", null).status())
                .isEqualTo(403);
        assertThat(as(stranger).put("/api/v1/events/" + id, evening(9, 5)).status()).isEqualTo(403);
        assertThat(as(stranger).post("/api/v1/events/" + id + "/invitations", Map.of("personId", guest.id())).status())
                .isEqualTo(403);
        assertThat(as(stranger).delete("/api/v1/events/" + id).status()).isEqualTo(403);
        assertThat(as(viewer()).post("/api/v1/events/" + id + "/requests", null).status()).isEqualTo(403);
    }

    @Test
    void a_person_accepted_at_one_evening_is_not_accepted_at_another_that_overlaps_it() {
        User guest = member();
        User firstHost = member();
        Map<String, Object> first = evening(10, 3);
        long firstId = publish(firstHost, first);
        as(guest).post("/api/v1/events/" + firstId + "/requests", null);
        as(firstHost).post("/api/v1/events/" + firstId + "/participants/" + guest.id() + "/accept", null);
        User secondHost = member();
        OffsetDateTime laterStart = OffsetDateTime.parse((String) first.get("startsAt")).plusHours(1);
        long secondId = publish(secondHost, with(with(evening(10, 3), "startsAt", laterStart.toString()),
                "endsAt", laterStart.plusHours(2).toString()));
        as(guest).post("/api/v1/events/" + secondId + "/requests", null);

        Api.Response refused = as(secondHost).post("/api/v1/events/" + secondId + "/participants/" + guest.id() + "/accept", null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/overlapping-event");
        assertThat(refused.json().get("conflict").get("eventId").asLong())
                .as("a public event may be named").isEqualTo(firstId);
        assertThat(as(secondHost).get("/api/v1/events/" + secondId).json().get("seatsLeft").asInt())
                .as("the refused accept took no seat").isEqualTo(3);
        assertThat(as(guest).post("/api/v1/events/" + firstId + "/participation/withdraw", null).status()).isEqualTo(200);
        assertThat(as(secondHost).post("/api/v1/events/" + secondId + "/participants/" + guest.id() + "/accept", null)
                .status()).isEqualTo(200);
    }

    @Test
    void a_host_cannot_announce_an_event_overlapping_one_they_are_accepted_at() {
        User host = member();
        Map<String, Object> event = evening(11, 2);
        publish(host, event);

        Api.Response second = as(host).post("/api/v1/events", with(event, "title", "The same evening twice"));

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().get("type").asString()).endsWith("/overlapping-event");
    }

    @Test
    void the_host_changes_the_time_and_cannot_offer_fewer_seats_than_guests_accepted() {
        User host = member();
        Map<String, Object> event = evening(12, 2);
        long id = publish(host, event);
        for (int i = 0; i < 2; i++) {
            User guest = member();
            as(guest).post("/api/v1/events/" + id + "/requests", null);
            as(host).post("/api/v1/events/" + id + "/participants/" + guest.id() + "/accept", null);
        }

        Api.Response fewer = as(host).put("/api/v1/events/" + id, with(event, "seats", 1));
        assertThat(fewer.status()).isEqualTo(422);
        assertThat(fewer.json().get("violations").get(0).get("rule").asString()).isEqualTo("seats-below-accepted");

        OffsetDateTime later = OffsetDateTime.parse((String) event.get("startsAt")).plusDays(1);
        Api.Response moved = as(host).put("/api/v1/events/" + id,
                with(with(with(event, "startsAt", later.toString()), "endsAt", later.plusHours(3).toString()), "seats", 3));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(moved.json().get("startsAt").asString())).isEqualTo(later);
        assertThat(moved.json().get("seatsLeft").asInt()).isEqualTo(1);
    }

    @Test
    void a_cancelled_event_frees_its_people_for_another_event_at_that_time_and_takes_no_more_requests() {
        User host = member();
        Map<String, Object> event = evening(13, 2);
        long id = publish(host, event);

        Api.Response cancelled = as(host).delete("/api/v1/events/" + id);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        Api.Response ask = as(member()).post("/api/v1/events/" + id + "/requests", null);
        assertThat(ask.status()).isEqualTo(422);
        assertThat(ask.json().get("violations").get(0).get("rule").asString()).isEqualTo("event-cancelled");
        assertThat(as(host).post("/api/v1/events", with(event, "title", "Instead")).status()).isEqualTo(201);
    }

    @Test
    void a_closed_event_takes_no_requests_until_it_is_reopened() {
        User host = member();
        long id = publish(host, evening(14, 2));
        assertThat(as(host).post("/api/v1/events/" + id + "/close", null).json().get("status").asString())
                .isEqualTo("CLOSED");

        Api.Response ask = as(member()).post("/api/v1/events/" + id + "/requests", null);
        assertThat(ask.status()).isEqualTo(422);
        assertThat(ask.json().get("violations").get(0).get("rule").asString()).isEqualTo("event-closed");

        as(host).post("/api/v1/events/" + id + "/reopen", null);
        assertThat(as(member()).post("/api/v1/events/" + id + "/requests", null).status()).isEqualTo(201);
    }

    @Test
    void bad_announcements_are_refused_with_the_field_named() {
        User host = member();
        Map<String, Object> event = evening(3, 2);

        Api.Response noSeats = as(host).post("/api/v1/events", with(event, "seats", 0));
        assertThat(noSeats.status()).isEqualTo(400);
        assertThat(noSeats.body()).contains("seats");
        Api.Response badZone = as(host).post("/api/v1/events", with(event, "timeZone", "Mars/Olympus"));
        assertThat(badZone.status()).isEqualTo(422);
        assertThat(badZone.json().get("violations").get(0).get("rule").asString()).isEqualTo("time-zone");
        Api.Response past = as(host).post("/api/v1/events", with(with(event, "startsAt", at(ZONE, -1, 19, 0).toString()),
                "endsAt", at(ZONE, -1, 21, 0).toString()));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("violations").get(0).get("rule").asString()).isEqualTo("event-in-the-past");
        Api.Response tooLong = as(host).post("/api/v1/events", with(event, "endsAt", at(ZONE, 30, 19, 0).toString()));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("violations").get(0).get("rule").asString()).isEqualTo("event-too-long");
        Api.Response badLink = as(host).post("/api/v1/events",
                with(event, "film", Map.of("title", "Stalker", "link", "javascript:alert(1)")));
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.body()).contains("film.link");
        assertThat(as(host).get("/api/v1/events/999999999").status()).isEqualTo(404);
    }

    @Test
    void an_event_in_a_room_books_it_fails_cleanly_when_it_is_taken_and_frees_it_when_cancelled() {
        long room = room(10);
        User host = member();
        Map<String, Object> event = with(evening(15, 4), "roomId", room);
        OffsetDateTime start = OffsetDateTime.parse((String) event.get("startsAt"));

        long id = publish(host, event);

        Api.Response taken = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1)));
        assertThat(taken.status()).as("the event holds the room").isEqualTo(409);
        Api.Response second = as(member()).post("/api/v1/events", with(evening(15, 2), "roomId", room));
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().get("type").asString()).endsWith("/booking-overlap");

        Api.Response moved = as(host).put("/api/v1/events/" + id, with(with(event, "startsAt",
                start.plusMinutes(30).toString()), "endsAt", start.plusMinutes(150).toString()));
        assertThat(moved.status()).as("moved by half an hour in its own room: " + moved).isEqualTo(200);
        assertThat(as(member()).post("/api/v1/bookings", booking(room, start, start.plusMinutes(30))).status())
                .as("the room's booking moved with it").isEqualTo(201);

        as(host).delete("/api/v1/events/" + id);
        assertThat(as(member()).post("/api/v1/bookings", booking(room, start.plusMinutes(30), start.plusHours(1)))
                .status()).as("the cancelled event gave the room back").isEqualTo(201);
    }

    @Test
    void the_list_finds_events_by_film_place_and_price_and_shows_mine() {
        User host = member();
        String film = unique("Solaris");
        Map<String, Object> free = with(with(evening(20, 3), "film", Map.of("title", film)), "place", "Флигель " + film);
        long freeId = publish(host, free);
        long paidId = publish(host, with(with(with(evening(21, 3), "film", Map.of("title", film)), "free", false),
                "priceNote", "5 € for snacks"));
        User guest = member();
        as(guest).post("/api/v1/events/" + paidId + "/requests", null);

        assertThat(ids(as(guest).get("/api/v1/events?film=" + film.toUpperCase()))).containsExactly(freeId, paidId);
        assertThat(ids(as(guest).get("/api/v1/events?film=" + film + "&freeOnly=true"))).containsExactly(freeId);
        assertThat(ids(as(guest).get("/api/v1/events?place=" + URLEncoder.encode("флигель " + film, StandardCharsets.UTF_8))))
                .containsExactly(freeId);
        assertThat(ids(as(guest).get("/api/v1/events?mine=GUEST"))).containsExactly(paidId);
        assertThat(ids(as(host).get("/api/v1/events?mine=HOST"))).containsExactly(freeId, paidId);
        JsonNode paged = as(guest).get("/api/v1/events?film=" + film + "&size=1&page=1").json();
        assertThat(paged.get("total").asLong()).isEqualTo(2);
        assertThat(paged.get("items").get(0).get("id").asLong()).isEqualTo(paidId);
    }

    @Test
    void days_are_the_events_own_so_a_late_evening_in_tokyo_is_on_its_tokyo_day() {
        User host = member();
        OffsetDateTime start = at("Asia/Tokyo", 9, 0, 30);
        String film = unique("Tampopo");
        long id = publish(host, with(with(with(with(evening(9, 3), "startsAt", start.toString()), "endsAt",
                start.plusHours(2).toString()), "timeZone", "Asia/Tokyo"), "film", Map.of("title", film)));
        String day = start.toLocalDate().toString();

        assertThat(ids(as(host).get("/api/v1/events?film=" + film + "&fromDay=" + day + "&toDay=" + day)))
                .containsExactly(id);
        assertThat(ids(as(host).get("/api/v1/events?film=" + film + "&toDay=" + start.toLocalDate().minusDays(1))))
                .as("the day before in Tokyo, though it is that day in UTC").isEmpty();
    }

    @Test
    void each_step_is_in_the_audit_log_with_who_did_it() {
        User host = member();
        long id = publish(host, evening(22, 2));
        User guest = member();
        as(guest).post("/api/v1/events/" + id + "/requests", null);
        as(host).post("/api/v1/events/" + id + "/participants/" + guest.id() + "/accept", null);

        JsonNode log = as(admin()).get("/api/v1/audit?targetType=event&targetId=" + id + "&size=10").json().get("items");

        assertThat(log).extracting(e -> e.get("action").asString())
                .containsExactlyInAnyOrder("event.published", "event.participation", "event.participation");
        assertThat(log.valueStream().filter(e -> e.get("action").asString().equals("event.participation"))
                .map(e -> e.get("actorId").asLong())).containsExactlyInAnyOrder(guest.id(), host.id());
    }

    static List<Long> ids(Api.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
