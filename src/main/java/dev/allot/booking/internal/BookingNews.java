package dev.allot.booking.internal;

import static dev.allot.booking.internal.BookingNewsKinds.APPROVAL_NEEDED;
import static dev.allot.booking.internal.BookingNewsKinds.APPROVED;
import static dev.allot.booking.internal.BookingNewsKinds.CANCELLED;
import static dev.allot.booking.internal.BookingNewsKinds.CHANGED;
import static dev.allot.booking.internal.BookingNewsKinds.CREATED;
import static dev.allot.booking.internal.BookingNewsKinds.REJECTED;
import static dev.allot.booking.internal.BookingNewsKinds.REMINDER;

import dev.allot.booking.BookingApproved;
import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCheckedIn;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingEvent;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.BookingsImported;
import dev.allot.booking.SeriesActed;
import dev.allot.booking.SeriesView;
import dev.allot.booking.ReleaseReason;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.notification.CalendarEntry;
import dev.allot.notification.NotificationRequest;
import dev.allot.notification.NotificationSubject;
import dev.allot.notification.NotificationText;
import dev.allot.notification.Notifications;
import dev.allot.notification.TimeRange;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to their bookings, through the notification module, after the
 * transaction that changed the booking, from the events it stored (ADR 26: a rolled-back change
 * stored none and tells nobody; a committed one tells everyone once). Reminders a day and
 * an hour before the start ({@code allot.notification.reminders}) are sent for later: a change moves
 * them, a cancellation or rejection withdraws them.
 *
 * <p>Nobody hears of their own action, except that the booker's own booking and own changes reach
 * them by email as receipts, with the booking as an .ics for their calendar.
 */
@Component
class BookingNews implements NewsConsumer {

    static final String SUBJECT = "booking";
    static final String SERIES_SUBJECT = "booking-series";
    private static final String LINK = "/bookings";
    private static final String APPROVALS = "/admin/approvals";

    private final Notifications notifications;
    private final Identity identity;
    private final Spaces spaces;
    private final BookingNewsProperties properties;
    private final BookingCalendarEntries calendarEntries;
    private final Clock clock;

    BookingNews(Notifications notifications, Identity identity, Spaces spaces, BookingNewsProperties properties,
            BookingCalendarEntries calendarEntries, Clock clock) {
        this.calendarEntries = calendarEntries;
        this.notifications = notifications;
        this.identity = identity;
        this.spaces = spaces;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "news";
    }

    @Override
    public void on(BookingEvent event) {
        switch (event) {
            // an occurrence of a series: the series is told of once (SeriesActed); reminders stay per occurrence
            case BookingCreated created when created.booking().seriesId() != null ->
                    setReminders(created.booking(), calendar(created.booking()));
            case BookingApproved approved when approved.inSeriesAction() -> {
                // told with the series
            }
            case BookingRejected rejected when rejected.inSeriesAction() -> withdrawReminders(rejected.booking());
            case BookingCancelled cancelled when cancelled.inSeriesAction() -> withdrawReminders(cancelled.booking());
            case BookingChanged changed when changed.inSeriesAction() -> {
                withdrawReminders(changed.after());
                setReminders(changed.after(), calendar(changed.after()));
            }
            case SeriesActed acted -> series(acted);
            case BookingCreated created -> created(created.booking(), created.actor());
            case BookingApproved approved -> send(news(APPROVED, approved.booking(), approved.actor())
                    .actor(approved.actor()).calendarEntry(calendar(approved.booking())));
            case BookingRejected rejected -> {
                send(news(REJECTED, rejected.booking(), rejected.actor()).actor(rejected.actor()));
                withdrawReminders(rejected.booking());
            }
            case BookingCancelled cancelled when cancelled.actor() == null
                    && ReleaseReason.ofCode(cancelled.booking().reason()).isPresent() ->
                    // Allot released it (ADR 20): AttendanceNews tells the booker why, in its own kind
                    withdrawReminders(cancelled.booking());
            case BookingCancelled cancelled -> {
                send(news(CANCELLED, cancelled.booking(), cancelled.actor()).actor(cancelled.actor()));
                withdrawReminders(cancelled.booking());
            }
            case BookingChanged changed -> changed(changed);
            case BookingCheckedIn checkedIn -> {
                // the booker did it, or an admin at their side: nobody to tell
            }
            case BookingsImported imported -> {
                // imported history is not news (see BookingsImported)
            }
        }
    }

    private void created(BookingView booking, UserId actor) {
        CalendarEntry entry = calendar(booking);
        send(news(CREATED, booking, actor).actor(actor).receiptToActor().calendarEntry(entry));
        if (booking.status() == BookingStatus.PENDING) {
            askAdmins(booking, "");
        }
        setReminders(booking, entry);
    }

    /**
     * One message for an action on a series: the rule in words, how many occurrences, the first of them;
     * the booker's receipt of a new series carries it as one recurring calendar event.
     */
    private void series(SeriesActed acted) {
        SeriesView series = acted.series();
        if (series.bookings().isEmpty()) {
            return;
        }
        BookingView first = series.bookings().getFirst();
        String kind = switch (acted.action()) {
            case BOOKED -> CREATED;
            case CHANGED -> CHANGED;
            case CANCELLED -> CANCELLED;
            case APPROVED -> APPROVED;
            case REJECTED -> REJECTED;
        };
        String who = acted.actor() == null ? ""
                : identity.findUser(acted.actor()).map(UserView::displayName).orElse("");
        NotificationSubject subject = NotificationSubject.of(SERIES_SUBJECT, series.id().value());
        NotificationText rule = SeriesWords.of(series.rule(), series.firstDay());
        NotificationText body = NotificationText.of("news.series." + kind + ".body", first.resourceName(),
                new TimeRange(first.startsAt(), first.endsAt()), who, first.title(), rule, series.bookings().size());
        NotificationRequest.Builder news = NotificationRequest.builder(kind, subject, title(kind, first),
                        first.timeZone())
                .to(series.bookedBy())
                .actor(acted.actor())
                .occurrence(String.valueOf(acted.occurredAt().toEpochMilli()))
                .body(acted.reason() == null ? body
                        : NotificationText.of("news.series.withReason", body, NotificationText.of("news.reason",
                                acted.reason())))
                .link(LINK);
        if (acted.action() == SeriesActed.Action.BOOKED || acted.action() == SeriesActed.Action.CHANGED) {
            List<CalendarEntry> entries = calendarEntries.series(series.id().value(),
                    spaces.resourcesByIds(List.of(first.resourceId())).get(first.resourceId()));
            news.receiptToActor().calendarEntry(entries.isEmpty() ? null : entries.getFirst());
        }
        send(news);
        if (acted.action() == SeriesActed.Action.BOOKED && first.status() == BookingStatus.PENDING) {
            List<UserId> admins = identity.activeAdmins().stream().map(UserView::id).toList();
            send(NotificationRequest.builder(APPROVAL_NEEDED, subject, title(APPROVAL_NEEDED, first),
                            first.timeZone())
                    .to(admins)
                    .actor(first.bookedBy())
                    .body(NotificationText.of("news.series." + APPROVAL_NEEDED + ".body", first.resourceName(),
                            new TimeRange(first.startsAt(), first.endsAt()), "", first.title(), rule,
                            series.bookings().size()))
                    .link(APPROVALS)
                    .action(NotificationText.of("news.approval-needed.action"), APPROVALS));
        }
    }

    private void changed(BookingChanged event) {
        BookingView booking = event.after();
        String version = String.valueOf(booking.updatedAt().toEpochMilli());
        // The moved booking's .ics updates the booker's calendar, even when they moved it themselves.
        CalendarEntry entry = calendar(booking);
        send(news(CHANGED, booking, event.actor()).actor(event.actor()).receiptToActor().occurrence(version)
                .calendarEntry(entry));
        if (booking.status() == BookingStatus.PENDING && event.before().status() != BookingStatus.PENDING) {
            askAdmins(booking, version);
        }
        withdrawReminders(booking);
        setReminders(booking, entry);
    }

    private void askAdmins(BookingView booking, String occurrence) {
        List<UserId> admins = identity.activeAdmins().stream().map(UserView::id).toList();
        send(NotificationRequest.builder(APPROVAL_NEEDED, subject(booking), title(APPROVAL_NEEDED, booking),
                        booking.timeZone())
                .to(admins)
                .actor(booking.bookedBy())
                .occurrence(occurrence)
                .body(body(APPROVAL_NEEDED, booking, null))
                .link(APPROVALS)
                .action(NotificationText.of("news.approval-needed.action"), APPROVALS));
    }

    private void setReminders(BookingView booking, CalendarEntry entry) {
        Instant now = clock.instant();
        for (Duration before : properties.reminders()) {
            Instant due = booking.startsAt().minus(before);
            if (due.isAfter(now)) {
                send(news(REMINDER, booking, null).occurrence(String.valueOf(before.toMinutes())).deliverAt(due)
                        .calendarEntry(entry));
            }
        }
    }

    private void withdrawReminders(BookingView booking) {
        notifications.withdraw(subject(booking), REMINDER);
    }

    /** News for the booker; {@code by} is named in the text when someone did it. */
    private NotificationRequest.Builder news(String kind, BookingView booking, @Nullable UserId by) {
        NotificationRequest.Builder news = NotificationRequest.builder(kind, subject(booking), title(kind, booking),
                        booking.timeZone())
                .to(booking.bookedBy())
                .body(body(kind, booking, by))
                .link(LINK);
        if (booking.reason() != null && (kind.equals(REJECTED) || kind.equals(CANCELLED))) {
            // a release's reason is a code (an admin answering "no" for the booker): worded in their language
            news.body(ReleaseReason.ofCode(booking.reason())
                    .map(released -> NotificationText.of("attendance.reason." + released.code()))
                    .orElseGet(() -> NotificationText.of("news.reason", booking.reason())));
        }
        return news;
    }

    private static NotificationText title(String kind, BookingView booking) {
        return NotificationText.of("news." + kind + ".title", booking.resourceName());
    }

    /** {0} resource, {1} when, {2} who did it, {3} the booking's title. */
    private NotificationText body(String kind, BookingView booking, @Nullable UserId by) {
        String who = by == null ? "" : identity.findUser(by).map(UserView::displayName).orElse("");
        return NotificationText.of("news." + kind + ".body", booking.resourceName(),
                new TimeRange(booking.startsAt(), booking.endsAt()), who, booking.title());
    }

    private CalendarEntry calendar(BookingView booking) {
        return BookingCalendarEntries.entry(booking,
                spaces.resourcesByIds(List.of(booking.resourceId())).get(booking.resourceId()));
    }

    private static NotificationSubject subject(BookingView booking) {
        return NotificationSubject.of(SUBJECT, booking.id().value());
    }

    private void send(NotificationRequest.Builder request) {
        notifications.send(request.build());
    }
}
