package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookingActions;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

    private static final Instant NOW = Instant.parse("2027-03-18T08:00:00Z");
    private static final CurrentUser BOOKER = new CurrentUser(new UserId(1), "ann@example.com", "Ann", Role.MEMBER);
    private static final CurrentUser COLLEAGUE = new CurrentUser(new UserId(2), "bob@example.com", "Bob", Role.MEMBER);
    private static final CurrentUser ADMIN = new CurrentUser(new UserId(3), "eve@example.com", "Eve", Role.ADMIN);
    private static final CurrentUser VIEWER = new CurrentUser(new UserId(1), "ann@example.com", "Ann", Role.VIEWER);

    private static BookingView booking(BookingStatus status, Instant startsAt, Duration length,
            @Nullable Instant checkedInAt) {
        return new BookingView(new BookingId(7), new ResourceId(1), "Spree", ResourceKind.ROOM, new SiteId(1),
                ZoneId.of("Europe/Berlin"), BOOKER.id(), "Standup", null, 2, startsAt, startsAt.plus(length), status,
                NOW, NOW, null, null, null, checkedInAt, null, null);
    }

    private static BookingView upcoming(BookingStatus status) {
        return booking(status, NOW.plus(Duration.ofHours(2)), Duration.ofHours(1), null);
    }

    @Test
    void the_booker_may_change_and_cancel_an_upcoming_booking_but_not_yet_check_in_nor_decide() {
        assertThat(BookingPolicy.actions(upcoming(BookingStatus.CONFIRMED), BOOKER, NOW))
                .isEqualTo(new BookingActions(true, true, false, false, false));
    }

    @Test
    void a_colleague_may_do_nothing_with_somebody_elses_booking() {
        assertThat(BookingPolicy.actions(upcoming(BookingStatus.CONFIRMED), COLLEAGUE, NOW))
                .isEqualTo(BookingActions.NONE);
        assertThat(BookingPolicy.cancel(upcoming(BookingStatus.CONFIRMED), COLLEAGUE, NOW))
                .get().extracting(ProblemException::type).isEqualTo("forbidden");
    }

    @Test
    void a_booker_who_became_a_viewer_can_no_longer_change_or_cancel_but_still_check_in() {
        BookingView now = booking(BookingStatus.CONFIRMED, NOW.minus(Duration.ofMinutes(5)), Duration.ofHours(1), null);

        assertThat(BookingPolicy.actions(now, VIEWER, NOW)).isEqualTo(new BookingActions(false, false, true, false, false));
    }

    @Test
    void an_admin_decides_on_a_pending_booking_and_may_cancel_it() {
        assertThat(BookingPolicy.actions(upcoming(BookingStatus.PENDING), ADMIN, NOW))
                .isEqualTo(new BookingActions(true, true, false, true, true));
        assertThat(BookingPolicy.decide(upcoming(BookingStatus.CONFIRMED), ADMIN))
                .get().extracting(ProblemException::type).isEqualTo("booking-not-pending");
    }

    @Test
    void an_ended_or_cancelled_booking_can_no_longer_be_changed_or_cancelled() {
        BookingView ended = booking(BookingStatus.CONFIRMED, NOW.minus(Duration.ofHours(2)), Duration.ofHours(1), null);

        assertThat(BookingPolicy.cancel(ended, BOOKER, NOW)).get().extracting(ProblemException::type)
                .isEqualTo("booking-ended");
        assertThat(BookingPolicy.change(upcoming(BookingStatus.CANCELLED), BOOKER, NOW)).get()
                .extracting(ProblemException::type).isEqualTo("booking-not-active");
    }

    @Test
    void check_in_opens_a_quarter_of_an_hour_before_the_start_and_closes_at_the_end() {
        Instant start = NOW.plus(Duration.ofMinutes(15));
        BookingView soon = booking(BookingStatus.CONFIRMED, start, Duration.ofHours(1), null);

        assertThat(BookingPolicy.checkIn(soon, BOOKER, NOW)).isEmpty();
        assertThat(BookingPolicy.checkIn(soon, BOOKER, NOW.minusSeconds(1))).get()
                .extracting(ProblemException::type).isEqualTo("check-in-closed");
        assertThat(BookingPolicy.checkIn(soon, BOOKER, start.plus(Duration.ofHours(1)))).get()
                .extracting(ProblemException::type).isEqualTo("check-in-closed");
        assertThat(BookingPolicy.checkIn(booking(BookingStatus.PENDING, start, Duration.ofHours(1), null), BOOKER, NOW))
                .get().extracting(ProblemException::type).isEqualTo("check-in-not-confirmed");
        assertThat(BookingPolicy.checkIn(booking(BookingStatus.CONFIRMED, start, Duration.ofHours(1), NOW), BOOKER, NOW))
                .isPresent();
    }

    @Test
    void a_reason_is_owed_when_cancelling_somebody_elses_booking_not_ones_own() {
        BookingView theirs = upcoming(BookingStatus.CONFIRMED);

        assertThat(BookingPolicy.cancelNeedsReason(theirs, ADMIN)).isTrue();
        assertThat(BookingPolicy.cancelNeedsReason(theirs, BOOKER)).isFalse();
        assertThat(BookingPolicy.reasonMissing(null, true)).get().extracting(v -> v.field()).isEqualTo("reason");
        assertThat(BookingPolicy.reasonMissing("Fire drill", true)).isEmpty();
        assertThat(BookingPolicy.reasonMissing(null, false)).isEmpty();
    }
}
