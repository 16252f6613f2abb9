package dev.allot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** A person's private calendar feed, read the way a calendar app reads it: anonymously, by its address. */
class CalendarFeedIT extends AllotIntegrationTest {

    @Test
    void the_feed_holds_exactly_my_active_bookings_at_their_sites_local_times() throws Exception {
        User me = member();
        long berlinRoom = resource(site("Europe/Berlin"), "ROOM", 6);
        long newYorkRoom = resource(site("America/New_York"), "ROOM", 6, true);
        OffsetDateTime berlinStart = at("Europe/Berlin", 5, 9, 30);
        OffsetDateTime newYorkStart = at("America/New_York", 6, 14, 0);
        Api.Response confirmed = book(me, berlinRoom, berlinStart, 1);
        Api.Response pending = book(me, newYorkRoom, newYorkStart, 2);
        long cancelled = book(me, berlinRoom, at("Europe/Berlin", 7, 9, 30), 1).json().get("id").asLong();
        assertThat(as(me).post("/api/v1/bookings/" + cancelled + "/cancel", Map.of()).status()).isEqualTo(200);
        long someoneElses = book(member(), berlinRoom, at("Europe/Berlin", 5, 12, 0), 1).json().get("id").asLong();

        Api.Response feed = anonymous().get(path(feedUrl(me)));

        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar").containsIgnoringCase("charset=utf-8");
        assertThat(feed.header("Cache-Control")).contains("private").contains("no-cache");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(value(calendar.getProperty("X-WR-CALNAME"))).contains(me.email());
        Map<String, VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .collect(Collectors.toMap(event -> value(event.getProperty(Property.UID)), Function.identity()));
        long confirmedId = confirmed.json().get("id").asLong();
        long pendingId = pending.json().get("id").asLong();
        assertThat(events.keySet()).containsExactlyInAnyOrder(uid(confirmedId), uid(pendingId))
                .doesNotContain(uid(cancelled), uid(someoneElses));

        VEvent inBerlin = events.get(uid(confirmedId));
        assertStartsAt(inBerlin, "Europe/Berlin", berlinStart);
        assertThat(value(inBerlin.getProperty(Property.STATUS))).isEqualTo("CONFIRMED");
        assertThat(value(inBerlin.getProperty(Property.SUMMARY)))
                .isEqualTo("Meeting · " + confirmed.json().get("resourceName").asString());
        assertThat(value(inBerlin.getProperty(Property.LOCATION)))
                .startsWith(confirmed.json().get("resourceName").asString());
        assertThat(inBerlin.getProperty(Property.DTSTAMP)).isPresent();

        VEvent inNewYork = events.get(uid(pendingId));
        assertStartsAt(inNewYork, "America/New_York", newYorkStart);
        assertThat(value(inNewYork.getProperty(Property.STATUS))).isEqualTo("TENTATIVE");
        assertThat(inNewYork.getEndDate().orElseThrow().getDate()).isInstanceOfSatisfying(ZonedDateTime.class,
                end -> assertThat(end.toInstant()).isEqualTo(newYorkStart.plusHours(2).toInstant()));

        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE))
                .extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactlyInAnyOrder("Europe/Berlin", "America/New_York");
    }

    @Test
    void resetting_the_feed_makes_the_old_address_a_404_and_the_new_one_work() {
        User me = member();
        String old = feedUrl(me);

        Api.Response reset = as(me).post("/api/v1/me/calendar-feed/reset", null);

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String fresh = reset.json().get("url").asString();
        assertThat(fresh).isNotEqualTo(old).startsWith("http://localhost:" + port + "/calendar/").endsWith(".ics");
        assertThat(anonymous().get(path(old)).status()).isEqualTo(404);
        assertThat(anonymous().get(path(fresh)).status()).isEqualTo(200);
    }

    @Test
    void a_made_up_token_is_a_plain_404_not_a_sign_in_prompt() {
        Api.Response response = anonymous().get("/calendar/not-a-real-token-at-all.ics");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
        assertThat(response.header("WWW-Authenticate")).isNull();
    }

    @Test
    void the_address_is_handed_out_once_since_only_its_hash_is_kept() {
        User me = member();
        String url = feedUrl(me);

        Api.Response again = as(me).get("/api/v1/me/calendar-feed");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("url").isNull()).as(again.toString()).isTrue();
        assertThat(again.json().get("createdAt").asString()).isNotBlank();
        assertThat(anonymous().get(path(url)).status()).isEqualTo(200);
    }

    @Test
    void the_api_only_ever_reads_and_resets_my_own_feed() throws Exception {
        User me = member();
        User other = member();
        long room = resource(site("Europe/Berlin"), "ROOM", 4);
        long mine = book(me, room, at("Europe/Berlin", 3, 10, 0), 1).json().get("id").asLong();
        long theirs = book(other, room, at("Europe/Berlin", 3, 12, 0), 1).json().get("id").asLong();
        String myUrl = feedUrl(me);

        String theirUrl = feedUrl(other);
        Api.Response theirReset = as(other).post("/api/v1/me/calendar-feed/reset", null);

        assertThat(theirUrl).isNotEqualTo(myUrl);
        assertThat(theirReset.json().get("url").asString()).isNotEqualTo(myUrl);
        assertThat(uids(anonymous().get(path(myUrl)))).containsExactly(uid(mine));
        assertThat(uids(anonymous().get(path(theirReset.json().get("url").asString())))).containsExactly(uid(theirs));
        assertThat(anonymous().get("/api/v1/me/calendar-feed").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/v1/me/calendar-feed/reset", null).status()).isEqualTo(401);
    }

    @Test
    void a_deactivated_persons_feed_is_a_404() {
        User me = member();
        String url = feedUrl(me);

        assertThat(as(admin()).post("/api/v1/users/" + me.id() + "/deactivate", null).status()).isEqualTo(200);

        assertThat(anonymous().get(path(url)).status()).isEqualTo(404);
    }

    private Api.Response book(User user, long resource, OffsetDateTime start, int hours) {
        Api.Response booked = as(user).post("/api/v1/bookings", booking(resource, start, start.plusHours(hours)));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked;
    }

    /** The person's feed address, made on this first call. */
    private String feedUrl(User user) {
        Api.Response feed = as(user).get("/api/v1/me/calendar-feed");
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        return feed.json().get("url").asString();
    }

    private static String path(String url) {
        return URI.create(url).getRawPath();
    }

    private static String uid(long bookingId) {
        return "booking-" + bookingId + "@localhost";
    }

    private static List<String> uids(Api.Response feed) throws Exception {
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> value(event.getProperty(Property.UID)))
                .toList();
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }

    /** DTSTART names the site's zone and shows the wall-clock time booked there, at the same instant. */
    private static void assertStartsAt(VEvent event, String zone, OffsetDateTime booked) {
        DtStart<?> start = event.getStartDate().orElseThrow();
        assertThat(start.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo(zone);
        assertThat(start.getDate()).isInstanceOfSatisfying(ZonedDateTime.class, local -> {
            assertThat(local.toLocalDateTime()).isEqualTo(booked.toLocalDateTime());
            assertThat(local.toInstant()).isEqualTo(booked.toInstant());
        });
    }
}
