package dev.allot.booking.internal;

import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.SeriesActed;
import dev.allot.booking.SeriesScope;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** Cancelling an active booking: one's own, or (admins) somebody else's, with a reason for them. */
@Component
class CancellingBookings {

    private final ReadingBookings reading;
    private final StatusTransitions transitions;
    private final BookingRepository bookings;
    private final Spaces spaces;
    private final TransactionOperations transactions;
    private final SeriesBookings series;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CancellingBookings(ReadingBookings reading, StatusTransitions transitions, BookingRepository bookings,
            Spaces spaces, PlatformTransactionManager transactionManager, SeriesBookings series,
            ApplicationEventPublisher events, Clock clock) {
        this.series = series;
        this.events = events;
        this.reading = reading;
        this.transitions = transitions;
        this.bookings = bookings;
        this.spaces = spaces;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    BookingView cancel(CancelBooking command, CurrentUser actor) {
        BookingView booking = reading.booking(command.id());
        if (booking.seriesId() == null || command.scope() == null || command.scope() == SeriesScope.THIS) {
            return cancelOne(booking, command.reason(), actor);
        }
        // This one, and the series' other active occurrences after it (FOLLOWING) or all of them (ALL)
        // that have not begun: one transaction, so a refusal of one leaves the series as it was.
        Instant now = clock.instant();
        ResourceView resource = spaces.resource(booking.resourceId());
        List<BookingView> along = bookings.ofSeries(booking.seriesId().value()).stream()
                .map(row -> row.view(resource))
                .filter(other -> !other.id().equals(booking.id()) && other.status().active()
                        && other.startsAt().isAfter(now)
                        && (command.scope() == SeriesScope.ALL || other.startsAt().isAfter(booking.startsAt())))
                .toList();
        return transactions.execute(status -> {
            BookingView cancelled = cancelOne(booking, command.reason(), actor, true);
            List<BookingView> touched = new ArrayList<>(List.of(cancelled));
            along.forEach(other -> touched.add(cancelOne(other, command.reason(), actor, true)));
            touched.sort(Comparator.comparing(BookingView::startsAt));
            events.publishEvent(new SeriesActed(series.acted(booking.seriesId().value(), resource, touched),
                    SeriesActed.Action.CANCELLED, cancelled.reason(), actor.id(), now));
            return cancelled;
        });
    }

    private BookingView cancelOne(BookingView booking, @Nullable String given, CurrentUser actor) {
        return cancelOne(booking, given, actor, false);
    }

    private BookingView cancelOne(BookingView booking, @Nullable String given, CurrentUser actor,
            boolean inSeriesAction) {
        BookingPolicy.cancel(booking, actor, clock.instant()).ifPresent(refusal -> {
            throw refusal;
        });
        @Nullable String reason = BookingDefaults.reason(given);
        BookingPolicy.reasonMissing(reason, BookingPolicy.cancelNeedsReason(booking, actor)).ifPresent(missing -> {
            throw new RulesViolatedException(List.of(missing));
        });
        return transitions.move(booking, List.copyOf(BookingStatus.ACTIVE), BookingStatus.CANCELLED, actor, reason,
                view -> new BookingCancelled(view, actor.id(), clock.instant(), inSeriesAction));
    }
}
