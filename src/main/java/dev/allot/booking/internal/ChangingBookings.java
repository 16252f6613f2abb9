package dev.allot.booking.internal;

import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.ChangeBooking;
import dev.allot.booking.SeriesScope;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moving or editing an active booking, under the rules of booking it; an occurrence of a series alone
 * (it stays an exception of its series), or with the following or all occurrences ({@link SeriesBookings}).
 */
@Component
class ChangingBookings {

    private final BookingRepository bookings;
    private final ReadingBookings reading;
    private final BookingRules rules;
    private final Spaces spaces;
    private final ApplicationEventPublisher events;
    private final BookingWrites writes;
    private final BookingDefaults defaults;
    private final SeriesBookings series;
    private final FairUse fairUse;
    private final Clock clock;

    ChangingBookings(BookingRepository bookings, ReadingBookings reading, BookingRules rules, Spaces spaces,
            ApplicationEventPublisher events, BookingWrites writes, BookingDefaults defaults, SeriesBookings series,
            FairUse fairUse, Clock clock) {
        this.series = series;
        this.fairUse = fairUse;
        this.bookings = bookings;
        this.reading = reading;
        this.rules = rules;
        this.spaces = spaces;
        this.events = events;
        this.writes = writes;
        this.defaults = defaults;
        this.clock = clock;
    }

    BookingView change(ChangeBooking command, CurrentUser actor) {
        BookingView before = reading.booking(command.id());
        if (before.seriesId() != null && command.scope() != null && command.scope() != SeriesScope.THIS) {
            return series.change(before, command, actor);
        }
        BookingPolicy.change(before, actor, clock.instant()).ifPresent(refusal -> {
            throw refusal;
        });
        ResourceView resource = spaces.resource(before.resourceId());
        String title = defaults.title(command.title(), actor);
        int attendees = BookingDefaults.attendees(command.attendees());
        List<RuleViolation> violations = rules.check(new BookingRequest(resource,
                spaces.site(resource.siteId()).openingHours(), command.startsAt(), command.endsAt(), attendees,
                clock.instant()));
        if (!violations.isEmpty()) {
            throw new RulesViolatedException(violations);
        }
        boolean moved = !command.startsAt().equals(before.startsAt()) || !command.endsAt().equals(before.endsAt());
        BookingStatus status = moved && resource.requiresApproval() && !actor.isAdmin()
                ? BookingStatus.PENDING : before.status();
        return writes.write(() -> {
            bookings.lockResource(resource.id().value());
            if (!bookings.change(before.id().value(), command.startsAt().toEpochMilli(),
                    command.endsAt().toEpochMilli(), title, attendees, command.note(), status, clock.millis(),
                    command.startsAt().atZone(resource.timeZone()).toLocalDate().toString())) {
                throw ProblemException.conflict("booking-changed",
                        "The booking was changed meanwhile; it is now " + reading.booking(before.id()).status());
            }
            if (command.privateTitle() != null && command.privateTitle() != before.privateTitle()) {
                bookings.setPrivateTitle(before.id().value(), command.privateTitle());
            }
            BookingView after = reading.booking(before.id());
            fairUse.check(actor, before.bookedBy(), List.of(after));
            events.publishEvent(new BookingChanged(before, after, actor.id(), clock.instant()));
            return after;
        }, () -> writes.overlapConflict(resource, command.startsAt(), command.endsAt(), before.id().value()));
    }
}
