package dev.allot.booking.internal;

import dev.allot.booking.ApproveBooking;
import dev.allot.booking.BookingApproved;
import dev.allot.booking.BookingEvent;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.RejectBooking;
import dev.allot.booking.SeriesActed;
import dev.allot.booking.SeriesScope;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's decision on a pending booking: approve it, or reject it with a reason for the booker; for an
 * occurrence of a series, with the following or all of its pending occurrences at once.
 */
@Component
class DecidingOnBookings {

    private final ReadingBookings reading;
    private final StatusTransitions transitions;
    private final BookingRepository bookings;
    private final SeriesBookings series;
    private final Spaces spaces;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    DecidingOnBookings(ReadingBookings reading, StatusTransitions transitions, BookingRepository bookings,
            SeriesBookings series, Spaces spaces, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.bookings = bookings;
        this.series = series;
        this.spaces = spaces;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reading = reading;
        this.transitions = transitions;
        this.clock = clock;
    }

    BookingView approve(ApproveBooking command, CurrentUser admin) {
        BookingView booking = pending(command.id(), admin);
        if (wholeSeries(booking, command.scope())) {
            return decideSeries(booking, command.scope(), BookingStatus.CONFIRMED, null, admin,
                    view -> new BookingApproved(view, admin.id(), clock.instant(), true), SeriesActed.Action.APPROVED);
        }
        return transitions.move(booking, List.of(BookingStatus.PENDING), BookingStatus.CONFIRMED, admin, null,
                view -> new BookingApproved(view, admin.id(), clock.instant()));
    }

    BookingView reject(RejectBooking command, CurrentUser admin) {
        BookingView booking = pending(command.id(), admin);
        @Nullable String reason = BookingDefaults.reason(command.reason());
        BookingPolicy.reasonMissing(reason, true).ifPresent(missing -> {
            throw new RulesViolatedException(List.of(missing));
        });
        if (wholeSeries(booking, command.scope())) {
            return decideSeries(booking, command.scope(), BookingStatus.REJECTED, reason, admin,
                    view -> new BookingRejected(view, admin.id(), clock.instant(), true), SeriesActed.Action.REJECTED);
        }
        return transitions.move(booking, List.of(BookingStatus.PENDING), BookingStatus.REJECTED, admin, reason,
                view -> new BookingRejected(view, admin.id(), clock.instant()));
    }

    private static boolean wholeSeries(BookingView booking, @Nullable SeriesScope scope) {
        return booking.seriesId() != null && scope != null && scope != SeriesScope.THIS;
    }

    /**
     * This pending occurrence and the series' pending ones after it (FOLLOWING) or all of them (ALL),
     * decided in one transaction: one that moved meanwhile leaves every one as it was.
     */
    private BookingView decideSeries(BookingView booking, SeriesScope scope, BookingStatus to, @Nullable String reason,
            CurrentUser admin, Function<BookingView, BookingEvent> event, SeriesActed.Action action) {
        ResourceView resource = spaces.resource(booking.resourceId());
        long seriesId = booking.seriesId().value();
        List<BookingView> along = bookings.ofSeries(seriesId).stream().map(row -> row.view(resource))
                .filter(other -> other.status() == BookingStatus.PENDING
                        && (scope == SeriesScope.ALL || !other.startsAt().isBefore(booking.startsAt())))
                .toList();
        return transactions.execute(status -> {
            List<BookingView> decided = new ArrayList<>();
            for (BookingView other : along) {
                decided.add(transitions.move(other, List.of(BookingStatus.PENDING), to, admin, reason, event));
            }
            events.publishEvent(new SeriesActed(series.acted(seriesId, resource, decided), action, reason, admin.id(),
                    clock.instant()));
            return decided.stream().filter(view -> view.id().equals(booking.id())).findFirst().orElseThrow();
        });
    }

    private BookingView pending(dev.allot.booking.BookingId id, CurrentUser admin) {
        // before reading, so that a member learns nothing about the booking
        BookingPolicy.decider(admin).ifPresent(refusal -> {
            throw refusal;
        });
        BookingView booking = reading.booking(id);
        BookingPolicy.decide(booking, admin).ifPresent(refusal -> {
            throw refusal;
        });
        return booking;
    }
}
