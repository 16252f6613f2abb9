package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Desk days, guests, presence and the line over REST: the rules and the problem shapes. */
class DeskDaysIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void a_desk_day_holds_the_sites_opening_hours_of_that_day_and_records_the_day() {
        long site = site(ZONE, everyDay("08:30", "18:00"));
        long desk = resource(site, "DESK", 1);
        LocalDate day = day(3);

        Api.Response booked = as(member()).post("/api/v1/bookings", deskDay(desk, day));

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.json().get("day").asString()).isEqualTo(day.toString());
        assertThat(OffsetDateTime.parse(booked.json().get("startsAt").asString()))
                .isEqualTo(day.atTime(8, 30).atZone(ZoneId.of(ZONE)).toOffsetDateTime());
        assertThat(OffsetDateTime.parse(booked.json().get("endsAt").asString()))
                .isEqualTo(day.atTime(18, 0).atZone(ZoneId.of(ZONE)).toOffsetDateTime());
    }

    @Test
    void a_site_without_opening_hours_gives_the_whole_local_day() {
        long desk = resource(site(ZONE), "DESK", 1);
        LocalDate day = day(2);

        JsonNode booked = as(member()).post("/api/v1/bookings", deskDay(desk, day)).json();

        assertThat(OffsetDateTime.parse(booked.get("startsAt").asString()).toInstant())
                .isEqualTo(day.atStartOfDay(ZoneId.of(ZONE)).toInstant());
        assertThat(OffsetDateTime.parse(booked.get("endsAt").asString()).toInstant())
                .isEqualTo(day.plusDays(1).atStartOfDay(ZoneId.of(ZONE)).toInstant());
    }

    @Test
    void a_second_desk_on_one_day_is_a_409_naming_the_desk_already_held() {
        long site = site(ZONE);
        long first = namedDesk(site, unique("Desk 12"));
        long second = resource(site, "DESK", 1);
        User ana = member();
        LocalDate day = day(4);
        assertThat(as(ana).post("/api/v1/bookings", deskDay(first, day)).status()).isEqualTo(201);

        Api.Response again = as(ana).post("/api/v1/bookings", deskDay(second, day));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/already-has-desk");
        assertThat(again.json().get("detail").asString()).startsWith("You already have Desk 12").contains(
                day.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH)));
    }

    @Test
    void a_taken_desk_is_a_409_naming_its_holder_and_an_hourly_booking_of_the_desk_claims_its_day_too() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        User ana = member();
        LocalDate day = day(5);
        assertThat(as(ana).post("/api/v1/bookings", deskDay(desk, day)).status()).isEqualTo(201);

        Api.Response taken = as(member()).post("/api/v1/bookings", deskDay(desk, day));
        Api.Response byTime = as(member()).post("/api/v1/bookings", booking(resource(site, "DESK", 1),
                at(ZONE, 5, 9, 0), at(ZONE, 5, 12, 0)));
        Api.Response secondByTime = as(ana).post("/api/v1/bookings", booking(resource(site, "DESK", 1),
                at(ZONE, 5, 13, 0), at(ZONE, 5, 14, 0)));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("type").asString()).endsWith("/desk-taken");
        assertThat(taken.json().get("holder").asString()).isEqualTo("Member " + ana.email());
        assertThat(byTime.status()).isEqualTo(201);
        assertThat(byTime.json().get("day").asString()).isEqualTo(day.toString());
        assertThat(secondByTime.status()).isEqualTo(409);
        assertThat(secondByTime.json().get("type").asString()).endsWith("/already-has-desk");
    }

    @Test
    void the_rules_of_a_desk_day_are_422s_naming_the_rule_and_field() {
        List<Map<String, String>> mondays = List.of(Map.of("day", "MONDAY", "opens", "09:00", "closes", "17:00"));
        long site = site(ZONE, mondays);
        long desk = resource(site, "DESK", 1);
        long room = resource(site, "ROOM", 4);
        LocalDate closedDay = day(1).getDayOfWeek() == java.time.DayOfWeek.MONDAY ? day(2) : day(1);
        long open = resource(site(ZONE), "DESK", 1);

        assertRule(as(member()).post("/api/v1/bookings", deskDay(desk, closedDay)), "closed", "day");
        assertRule(as(member()).post("/api/v1/bookings", deskDay(open, day(15))), "horizon", "day");
        assertRule(as(member()).post("/api/v1/bookings", deskDay(open, day(-1))), "in-the-past", "day");
        assertRule(as(member()).post("/api/v1/bookings", deskDay(room, day(1))), "not-a-desk", "resourceId");
        assertThat(as(member()).post("/api/v1/bookings", deskDay(open, day(14))).status()).isEqualTo(201);
    }

    @Test
    void a_bad_day_or_guest_is_a_400_naming_the_field() {
        long desk = resource(site(ZONE), "DESK", 1);
        Map<String, Object> noName = new HashMap<>(deskDay(desk, day(1)));
        noName.put("guest", Map.of("name", " "));
        Map<String, Object> both = new HashMap<>(booking(desk, at(ZONE, 1, 9, 0), at(ZONE, 1, 10, 0)));
        both.put("day", day(1).toString());

        Api.Response badGuest = as(member()).post("/api/v1/bookings", noName);
        Api.Response twoWays = as(member()).post("/api/v1/bookings", both);

        assertThat(badGuest.status()).isEqualTo(400);
        assertThat(badGuest.json().get("errors").get(0).get("field").asString()).isEqualTo("guest.name");
        assertThat(twoWays.status()).isEqualTo(400);
        assertThat(twoWays.json().get("errors").get(0).get("field").asString()).isEqualTo("day");
    }

    @Test
    void a_guests_desk_does_not_count_as_the_hosts_and_who_is_in_shows_the_guest_with_the_host() {
        long site = site(ZONE);
        long mine = resource(site, "DESK", 1);
        long theirs = resource(site, "DESK", 1);
        User ana = member();
        LocalDate day = day(2);
        assertThat(as(ana).post("/api/v1/bookings", deskDay(mine, day)).status()).isEqualTo(201);

        Api.Response guest = as(ana).post("/api/v1/bookings", guestDay(theirs, day, "Ann Lee"));

        assertThat(guest.status()).as(guest.toString()).isEqualTo(201);
        assertThat(guest.json().get("guest").get("name").asString()).isEqualTo("Ann Lee");
        JsonNode who = as(member()).get("/api/v1/sites/" + site + "/attendance?day=" + day).json();
        assertThat(who.get("guests")).hasSize(1);
        assertThat(who.get("guests").get(0).get("name").asString()).isEqualTo("Ann Lee");
        assertThat(who.get("guests").get(0).get("hostName").asString()).isEqualTo("Member " + ana.email());
        assertThat(who.get("people")).hasSize(1);
        assertThat(who.get("freeDesks").asInt()).isZero();
    }

    @Test
    void a_host_brings_at_most_the_sites_guests_per_host_and_only_admins_set_that() {
        long site = site(ZONE);
        User ana = member();
        LocalDate day = day(3);
        Api.Response refused = as(ana).put("/api/v1/sites/" + site + "/desk-policy",
                Map.of("guestsPerHost", 1, "autoAssign", false));
        Api.Response set = as(admin()).put("/api/v1/sites/" + site + "/desk-policy",
                Map.of("guestsPerHost", 1, "autoAssign", false));
        assertThat(as(ana).post("/api/v1/bookings", guestDay(resource(site, "DESK", 1), day, "First")).status())
                .isEqualTo(201);

        Api.Response second = as(ana).post("/api/v1/bookings", guestDay(resource(site, "DESK", 1), day, "Second"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(set.status()).isEqualTo(200);
        assertThat(as(ana).get("/api/v1/sites/" + site + "/desk-policy").json().get("guestsPerHost").asInt())
                .isEqualTo(1);
        assertRule(second, "guest-limit", "guest");
    }

    @Test
    void when_the_site_is_full_one_waits_in_line_and_a_cancellation_offers_the_desk_to_the_first() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        LocalDate day = day(2);
        User holder = member();
        long booking = as(holder).post("/api/v1/bookings", deskDay(desk, day)).json().get("id").asLong();
        User first = member();
        User second = member();
        JsonNode firstIn = join(first, site, day);
        JsonNode secondIn = join(second, site, day);
        assertThat(firstIn.get("status").asString()).isEqualTo("WAITING");
        assertThat(firstIn.get("position").asInt()).isEqualTo(1);
        assertThat(secondIn.get("position").asInt()).isEqualTo(2);

        assertThat(as(holder).post("/api/v1/bookings/" + booking + "/cancel", Map.of()).status()).isEqualTo(200);

        JsonNode offered = as(first).get("/api/v1/presence/" + firstIn.get("id").asLong()).json();
        assertThat(offered.get("status").asString()).isEqualTo("OFFERED");
        assertThat(offered.get("desk").get("id").asLong()).isEqualTo(desk);
        assertThat(offered.get("offerExpiresAt").isNull()).isFalse();
        Api.Response thirdParty = as(member()).post("/api/v1/bookings", deskDay(desk, day));
        assertThat(thirdParty.status()).isEqualTo(409);
        assertThat(thirdParty.json().get("type").asString()).endsWith("/desk-taken");
        JsonNode states = as(first).get("/api/v1/sites/" + site + "/desks?day=" + day).json();
        assertThat(states.get("desks").get(0).get("state").asString()).isEqualTo("MINE");
        assertThat(as(second).get("/api/v1/sites/" + site + "/desks?day=" + day).json().get("desks").get(0)
                .get("state").asString()).isEqualTo("HELD");

        JsonNode declined = as(first).post("/api/v1/presence/" + firstIn.get("id").asLong() + "/decline", null).json();

        assertThat(declined.get("status").asString()).isEqualTo("PRESENT");
        JsonNode secondOffer = as(second).get("/api/v1/presence/" + secondIn.get("id").asLong()).json();
        assertThat(secondOffer.get("status").asString()).isEqualTo("OFFERED");

        Api.Response accepted = as(second).post("/api/v1/presence/" + secondIn.get("id").asLong() + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("BOOKED");
        long bookingId = accepted.json().get("bookingId").asLong();
        assertThat(as(second).get("/api/v1/bookings/" + bookingId).json().get("day").asString())
                .isEqualTo(day.toString());
        Api.Response again = as(second).post("/api/v1/presence/" + secondIn.get("id").asLong() + "/accept", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/offer-gone");
        JsonNode who = as(member()).get("/api/v1/sites/" + site + "/attendance?day=" + day).json();
        assertThat(who.get("present")).hasSize(1);
        assertThat(who.get("present").get(0).get("status").asString()).isEqualTo("PRESENT");
    }

    @Test
    void joining_while_holding_a_desk_is_a_409_and_booking_a_desk_while_waiting_ends_the_wait() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        LocalDate day = day(3);
        User ana = member();
        as(ana).post("/api/v1/bookings", deskDay(desk, day));
        User bob = member();
        JsonNode waiting = join(bob, site, day);
        Api.Response refused = as(ana).post("/api/v1/presence", Map.of("siteId", site, "day", day.toString()));
        Api.Response twice = as(bob).post("/api/v1/presence", Map.of("siteId", site, "day", day.toString()));

        long newDesk = resource(site, "DESK", 1); // a new desk goes to the line at once
        JsonNode offered = as(bob).get("/api/v1/presence/" + waiting.get("id").asLong()).json();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/already-has-desk");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("type").asString()).endsWith("/already-present");
        assertThat(offered.get("status").asString()).isEqualTo("OFFERED");
        assertThat(offered.get("desk").get("id").asLong()).isEqualTo(newDesk);

        long other = resource(site(ZONE), "DESK", 1); // elsewhere, the same day
        assertThat(as(bob).post("/api/v1/bookings", deskDay(other, day)).status()).isEqualTo(201);

        assertThat(as(bob).get("/api/v1/presence/" + waiting.get("id").asLong()).json().get("status").asString())
                .isEqualTo("BOOKED");
        assertThat(as(member()).get("/api/v1/sites/" + site + "/desks?day=" + day).json().get("free").asLong())
                .isEqualTo(1);
    }

    @Test
    void presence_without_waiting_stays_out_of_the_line_and_others_cannot_read_it() {
        long site = site(ZONE);
        User ana = member();
        LocalDate day = day(1);

        Api.Response present = as(ana).post("/api/v1/presence",
                Map.of("siteId", site, "day", day.toString(), "waitForDesk", false));

        assertThat(present.status()).isEqualTo(201);
        assertThat(present.json().get("status").asString()).isEqualTo("PRESENT");
        assertThat(present.json().get("position").isNull()).isTrue();
        assertThat(as(member()).get("/api/v1/presence/" + present.json().get("id").asLong()).status()).isEqualTo(404);
        assertThat(as(ana).get("/api/v1/presence").json()).anyMatch(p -> p.get("id").asLong()
                == present.json().get("id").asLong());
        Api.Response cancelled = as(ana).post("/api/v1/presence/" + present.json().get("id").asLong() + "/cancel", null);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void with_auto_assign_a_freed_desk_is_booked_for_the_first_in_line_at_once() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        LocalDate day = day(2);
        as(admin()).put("/api/v1/sites/" + site + "/desk-policy", Map.of("guestsPerHost", 2, "autoAssign", true));
        User holder = member();
        long booking = as(holder).post("/api/v1/bookings", deskDay(desk, day)).json().get("id").asLong();
        User waiting = member();
        JsonNode line = join(waiting, site, day);

        as(admin()).post("/api/v1/bookings/" + booking + "/cancel", Map.of("reason", "Moved to another site"));

        JsonNode presence = as(waiting).get("/api/v1/presence/" + line.get("id").asLong()).json();
        assertThat(presence.get("status").asString()).isEqualTo("BOOKED");
        JsonNode booked = as(waiting).get("/api/v1/bookings/" + presence.get("bookingId").asLong()).json();
        assertThat(booked.get("bookedBy").asLong()).isEqualTo(waiting.id());
        assertThat(booked.get("resourceId").asLong()).isEqualTo(desk);
    }

    @Test
    void a_fixed_desk_is_refused_to_others_until_its_owner_releases_the_day_and_then_it_goes_to_the_line() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        User owner = member();
        LocalDate day = day(4);
        Api.Response byMember = as(member()).put("/api/v1/desks/" + desk + "/fixed", Map.of("userId", owner.id()));
        Api.Response assigned = as(admin()).put("/api/v1/desks/" + desk + "/fixed", Map.of("userId", owner.id()));
        User other = member();
        Api.Response refused = as(other).post("/api/v1/bookings", deskDay(desk, day));
        JsonNode waiting = join(other, site, day);
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING");
        Api.Response notTheirs = as(other).post("/api/v1/desks/" + desk + "/releases", Map.of("day", day.toString()));

        Api.Response released = as(owner).post("/api/v1/desks/" + desk + "/releases", Map.of("day", day.toString()));

        assertThat(byMember.status()).isEqualTo(403);
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertRule(refused, "fixed-desk", "resourceId");
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().get("released").get(0).asString()).isEqualTo(day.toString());
        JsonNode offered = as(other).get("/api/v1/presence/" + waiting.get("id").asLong()).json();
        assertThat(offered.get("status").asString()).isEqualTo("OFFERED");
        assertThat(offered.get("desk").get("id").asLong()).isEqualTo(desk);
        assertThat(as(member()).get("/api/v1/sites/" + site + "/desks?day=" + day(5)).json().get("desks").get(0)
                .get("state").asString()).isEqualTo("FIXED");
    }

    @Test
    void every_step_of_the_line_is_in_the_audit_log() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        LocalDate day = day(2);
        User holder = member();
        long booking = as(holder).post("/api/v1/bookings", deskDay(desk, day)).json().get("id").asLong();
        User waiting = member();
        long presence = join(waiting, site, day).get("id").asLong();
        as(holder).post("/api/v1/bookings/" + booking + "/cancel", Map.of());
        as(waiting).post("/api/v1/presence/" + presence + "/accept", null);

        JsonNode log = as(admin()).get("/api/v1/audit?targetType=presence&targetId=" + presence).json();

        List<String> actions = new ArrayList<>();
        log.get("items").forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).contains("presence.joined", "desk.offered", "desk.offer-accepted");
    }

    @Test
    void a_repeated_desk_day_request_with_its_idempotency_key_returns_the_first_booking() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        LocalDate day = day(3);
        Api api = as(member()).withHeader("Idempotency-Key", unique("desk-key"));

        Api.Response first = api.post("/api/v1/bookings", deskDay(desk, day));
        Api.Response again = api.post("/api/v1/bookings", deskDay(desk, day));
        Api.Response other = api.post("/api/v1/bookings", deskDay(resource(site, "DESK", 1), day));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(again.headers().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asString()).endsWith("/idempotency-key-reused");
    }

    private JsonNode join(User user, long site, LocalDate day) {
        Api.Response joined = as(user).post("/api/v1/presence", Map.of("siteId", site, "day", day.toString()));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        return joined.json();
    }

    static void assertRule(Api.Response response, String rule, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        JsonNode violation = response.json().get("violations").get(0);
        assertThat(violation.get("rule").asString()).isEqualTo(rule);
        assertThat(violation.get("field").asString()).isEqualTo(field);
    }

    private long namedDesk(long site, String name) {
        Api.Response created = as(admin()).post("/api/v1/resources", Map.of("siteId", site, "kind", "DESK",
                "name", name, "capacity", 1, "amenities", List.of()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static LocalDate day(int ahead) {
        return LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(ahead);
    }

    static Map<String, Object> deskDay(long desk, LocalDate day) {
        return Map.of("resourceId", desk, "day", day.toString());
    }

    static Map<String, Object> guestDay(long desk, LocalDate day, String name) {
        return Map.of("resourceId", desk, "day", day.toString(), "guest", Map.of("name", name));
    }

    static List<Map<String, String>> everyDay(String opens, String closes) {
        List<Map<String, String>> days = new ArrayList<>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            days.add(Map.of("day", d.name(), "opens", opens, "closes", closes));
        }
        return days;
    }
}
