package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceId;
import dev.allot.testing.AllotIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The booking facade as the bot and the pages call it: commands validated by the facade itself,
 * the defaults applied once, and bookings by local day and time.
 */
class BookingCommandsIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Autowired
    Bookings bookings;

    @Autowired
    Identity identity;

    private CurrentUser me(User user) {
        return identity.currentUser(new UserId(user.id())).orElseThrow();
    }

    @Test
    void a_too_long_title_is_refused_by_the_facade_with_400_naming_the_field() {
        long room = room(4);
        Instant start = at(ZONE, 2, 9, 0).toInstant();

        assertThatThrownBy(() -> bookings.book(new BookResource(new ResourceId(room), start,
                start.plus(Duration.ofHours(1)), "x".repeat(201), 0, null, null), me(member())))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(400);
                    assertThat(fields(problem)).containsExactly("attendees", "title");
                });
    }

    @Test
    void a_booking_without_title_or_attendees_gets_the_defaults() {
        long room = room(4);
        Instant start = at(ZONE, 2, 11, 0).toInstant();

        BookingView booked = bookings.book(new BookResource(new ResourceId(room), start,
                start.plus(Duration.ofHours(1)), "  ", null, null, null), me(member())).booking();

        assertThat(booked.title()).isEqualTo(Bookings.DEFAULT_TITLE);
        assertThat(booked.attendees()).isEqualTo(1);
    }

    @Test
    void a_booking_without_title_is_called_booking_in_the_bookers_language() {
        long room = room(4);
        Instant start = at(ZONE, 2, 14, 0).toInstant();
        User russian = member();
        identity.updatePreferences(new UserId(russian.id()), "ru", null);

        BookingView booked = bookings.book(new BookResource(new ResourceId(room), start,
                start.plus(Duration.ofHours(1)), null, null, null, null), me(russian)).booking();

        assertThat(booked.title()).isEqualTo("Бронирование");
    }

    @Test
    void a_slot_by_local_day_and_times_is_read_in_the_sites_zone_and_an_end_of_midnight_ends_the_day() {
        ZoneId zone = ZoneId.of(ZONE);
        long desk = resource(site(ZONE), "DESK", 1);
        LocalDate tomorrow = LocalDate.now(zone).plusDays(1);

        BookingView evening = bookings.book(new BookLocalSlot(new ResourceId(desk),
                new LocalSlot(tomorrow, LocalTime.of(22, 0), LocalTime.MIDNIGHT), null, null, null, null),
                me(member())).booking();

        assertThat(evening.startsAt()).isEqualTo(tomorrow.atTime(22, 0).atZone(zone).toInstant());
        assertThat(evening.endsAt()).isEqualTo(tomorrow.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Test
    void an_import_larger_than_the_limit_is_refused_by_the_facade_naming_the_bookings() {
        User admin = admin();
        ImportedBooking one = new ImportedBooking(new ResourceId(room(2)), new UserId(admin.id()),
                Instant.parse("2020-01-06T09:00:00Z"), Instant.parse("2020-01-06T10:00:00Z"), null, null, null, null,
                null);
        List<ImportedBooking> tooMany = Collections.nCopies(Bookings.MAX_IMPORT_BATCH + 1, one);

        assertThatThrownBy(() -> bookings.importBookings(tooMany, me(admin)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(fields(problem))
                        .containsExactly("bookings"));
    }

    @Test
    void rejecting_without_a_reason_breaks_the_reason_rule() {
        long room = resource(site(ZONE), "ROOM", 4, true);
        Instant start = at(ZONE, 3, 9, 0).toInstant();
        BookingView pending = bookings.book(new BookResource(new ResourceId(room), start,
                start.plus(Duration.ofHours(1)), null, null, null, null), me(member())).booking();

        assertThatThrownBy(() -> bookings.reject(new RejectBooking(pending.id(), " "), me(admin())))
                .isInstanceOfSatisfying(RulesViolatedException.class, problem -> assertThat(problem.violations())
                        .extracting(v -> v.rule() + ":" + v.field()).containsExactly("reason-required:reason"));
        assertThat(bookings.booking(pending.id()).status()).isEqualTo(BookingStatus.PENDING);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ProblemException problem) {
        return ((List<ProblemException.FieldError>) problem.properties().get("errors")).stream()
                .map(ProblemException.FieldError::field).toList();
    }
}
