package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Times are stored as instants and shown in the site's zone, whatever zone the client writes in. */
class TimeZoneIT extends AllotIntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /**
     * Four weeks before Berlin's spring-forward and fall-back days of 2030, whatever today's date. In
     * the future, so that no reminder of these bookings falls due (db-scheduler keeps real time).
     */
    @ParameterizedTest
    @ValueSource(strings = {"2030-03-03T10:00:00Z", "2030-09-29T10:00:00Z"})
    void a_booking_on_the_next_daylight_saving_day_keeps_its_wall_clock_times(String today) {
        clock().set(Instant.parse(today));
        ZoneOffsetTransition change = BERLIN.getRules().nextTransition(clock().instant());
        LocalDate day = change.getInstant().atZone(BERLIN).toLocalDate();
        String dayName = day.getDayOfWeek().name();
        long site = site(BERLIN.getId(), List.of(Map.of("day", dayName, "opens", "08:00", "closes", "20:00")));
        long room = resource(site, "ROOM", 6);
        OffsetDateTime before = day.minusDays(7).atTime(LocalTime.of(9, 0)).atZone(BERLIN).toOffsetDateTime();
        OffsetDateTime after = day.atTime(LocalTime.of(9, 0)).atZone(BERLIN).toOffsetDateTime();
        User member = member();

        Api.Response weekBefore = as(member).post("/api/v1/bookings", booking(room, before, before.plusHours(1)));
        Api.Response onTheDay = as(member).post("/api/v1/bookings", booking(room, after, after.plusHours(1)));

        assertThat(weekBefore.status()).as(weekBefore.toString()).isEqualTo(201);
        assertThat(onTheDay.status()).as(onTheDay.toString()).isEqualTo(201);
        assertThat(weekBefore.json().get("startsAt").asString()).endsWith("T09:00:00" + change.getOffsetBefore().getId());
        assertThat(onTheDay.json().get("startsAt").asString()).isEqualTo(day + "T09:00:00" + change.getOffsetAfter().getId());
        assertThat(onTheDay.json().get("endsAt").asString()).isEqualTo(day + "T10:00:00" + change.getOffsetAfter().getId());
    }

    @Test
    void a_client_writing_in_utc_sees_the_booking_in_the_sites_zone() {
        String zone = "Asia/Tokyo";
        long room = resource(site(zone), "ROOM", 6);
        OffsetDateTime nineInTokyo = at(zone, 3, 9, 0);
        OffsetDateTime sameInstantUtc = nineInTokyo.withOffsetSameInstant(java.time.ZoneOffset.UTC);

        Api.Response booked = as(member()).post("/api/v1/bookings", booking(room, sameInstantUtc, sameInstantUtc.plusHours(1)));

        assertThat(booked.json().get("startsAt").asString()).isEqualTo(nineInTokyo.toLocalDate() + "T09:00:00+09:00");
        assertThat(booked.json().get("timeZone").asString()).isEqualTo(zone);
    }

    @Test
    void opening_hours_are_judged_in_the_sites_zone_not_the_clients() {
        String zone = "America/New_York";
        OffsetDateTime sevenInNewYork = at(zone, 3, 7, 0);
        String day = sevenInNewYork.getDayOfWeek().name();
        long site = site(zone, List.of(Map.of("day", day, "opens", "08:00", "closes", "18:00")));
        long room = resource(site, "ROOM", 6);
        // 13:00 in Berlin is 07:00 in New York: before opening there
        OffsetDateTime asBerlin = sevenInNewYork.atZoneSameInstant(BERLIN).toOffsetDateTime();

        Api.Response early = as(member()).post("/api/v1/bookings", booking(room, asBerlin, asBerlin.plusHours(1)));
        Api.Response inHours = as(member()).post("/api/v1/bookings",
                booking(room, sevenInNewYork.plusHours(1), sevenInNewYork.plusHours(2)));

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("violations").get(0).get("rule").asString()).isEqualTo("opening-hours");
        assertThat(inHours.status()).as(inHours.toString()).isEqualTo(201);
    }
}
