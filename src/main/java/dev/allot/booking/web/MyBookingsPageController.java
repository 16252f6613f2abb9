package dev.allot.booking.web;

import dev.allot.booking.AttendanceConfirmations;
import dev.allot.booking.BookingId;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.CheckIn;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingView;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingResult;
import dev.allot.booking.BookResource;
import dev.allot.booking.Bookings;
import dev.allot.booking.SeriesScope;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My bookings, upcoming and of the last weeks, and cancelling one of them. */
@Controller
class MyBookingsPageController {

    static final int MOST_UPCOMING = 100;
    static final Duration PAST = Duration.ofDays(90);
    /** Where a cancel may send the person back to; anything else goes to the list. */
    static final Set<String> RETURN_PAGES = Set.of("/", "/bookings");

    private final Bookings bookings;
    private final PageBookings pageBookings;
    private final BookingPageProblems problems;
    private final MessageSource messages;
    private final AttendanceConfirmations confirmations;

    MyBookingsPageController(Bookings bookings, PageBookings pageBookings, BookingPageProblems problems,
            MessageSource messages, AttendanceConfirmations confirmations) {
        this.bookings = bookings;
        this.pageBookings = pageBookings;
        this.problems = problems;
        this.messages = messages;
        this.confirmations = confirmations;
    }

    @GetMapping("/bookings")
    String mine(@AuthenticationPrincipal CurrentUser me, Model model) {
        Instant now = pageBookings.now();
        Page<BookingView> upcoming = pageBookings.first(new BookingQuery(me.id(), null, null, now, null, Set.of()),
                MOST_UPCOMING, me);
        List<BookingView> past = pageBookings.all(new BookingQuery(me.id(), null, null, now.minus(PAST), now, Set.of()), me)
                .stream()
                .filter(booking -> !booking.endsAt().isAfter(now))
                .sorted(Comparator.comparing(BookingView::startsAt).reversed())
                .toList();
        model.addAttribute("upcoming", upcoming.items().stream().map(b -> pageBookings.row(b, me, null)).toList());
        model.addAttribute("moreUpcoming", upcoming.total() - upcoming.items().size());
        model.addAttribute("past", past.stream().map(b -> pageBookings.row(b, me, null)).toList());
        model.addAttribute("pastDays", PAST.toDays());
        model.addAttribute("attendanceQuestions", confirmations.confirmations(upcoming.items(), me));
        return "booking/bookings";
    }

    @PostMapping("/bookings/{id}/check-in")
    String checkIn(@PathVariable long id, @RequestParam(required = false) @Nullable String next,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            BookingView booking = bookings.checkIn(new CheckIn(new BookingId(id)), me);
            redirect.addFlashAttribute("bookingNotice", messages.getMessage("bookings.checkedIn",
                    new Object[] {booking.resourceName()}, locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("bookingError", problems.describe(problem, locale));
        }
        return "redirect:" + (next != null && RETURN_PAGES.contains(next) ? next : "/bookings");
    }

    @PostMapping("/bookings/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) @Nullable String next,
            @RequestParam(required = false) @Nullable String scope, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        SeriesScope chosen = SeriesScope.THIS;
        for (SeriesScope candidate : SeriesScope.values()) {
            if (candidate.name().equals(scope)) {
                chosen = candidate;
            }
        }
        try {
            BookingView cancelled = bookings.cancel(new CancelBooking(new BookingId(id), null, chosen), me);
            var start = cancelled.startsAt().atZone(cancelled.timeZone());
            String day = DateTimeFormatter.ofPattern(messages.getMessage("format.day", null, "EEE d MMM", locale), locale)
                    .format(start);
            String key = cancelled.seriesId() == null || chosen == SeriesScope.THIS ? "bookings.cancelled"
                    : "bookings.cancelled." + chosen;
            if (chosen == SeriesScope.THIS) {
                redirect.addFlashAttribute("undoBooking", cancelled.id().value());
                redirect.addFlashAttribute("undoNext", next != null && RETURN_PAGES.contains(next) ? next : "/bookings");
            }
            redirect.addFlashAttribute("bookingNotice", messages.getMessage(key,
                    new Object[] {cancelled.resourceName(), day, DateTimeFormatter.ofPattern("HH:mm").format(start)},
                    locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("bookingError", problems.describe(problem, locale));
        }
        return "redirect:" + (next != null && RETURN_PAGES.contains(next) ? next : "/bookings");
    }

    /** How long after a cancellation "Undo" books the same time again. */
    static final Duration UNDO_WINDOW = Duration.ofMinutes(2);

    /**
     * Undo of one's own cancellation, shortly after it: the same resource, times and details booked
     * again through the booking use case (its rules and the overlap guard: taken meanwhile is said so);
     * the idempotency key makes a second click book once.
     */
    @PostMapping("/bookings/{id}/undo")
    String undo(@PathVariable long id, @RequestParam(required = false) @Nullable String next,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        String back = "redirect:" + (next != null && RETURN_PAGES.contains(next) ? next : "/bookings");
        BookingView cancelled = bookings.booking(new BookingId(id), me);
        if (!cancelled.bookedBy().equals(me.id()) || !me.id().equals(cancelled.cancelledBy())
                || cancelled.status() != BookingStatus.CANCELLED
                || cancelled.updatedAt().plus(UNDO_WINDOW).isBefore(pageBookings.now())) {
            redirect.addFlashAttribute("bookingError", messages.getMessage("bookings.undo.late", null, locale));
            return back;
        }
        try {
            BookingResult again = bookings.book(new BookResource(cancelled.resourceId(), cancelled.startsAt(),
                    cancelled.endsAt(), cancelled.title(), cancelled.attendees(), cancelled.note(), "undo-" + id,
                    cancelled.privateTitle()), me);
            var start = again.booking().startsAt().atZone(again.booking().timeZone());
            redirect.addFlashAttribute("bookingNotice", messages.getMessage("bookings.undone",
                    new Object[] {again.booking().resourceName(), DateTimeFormatter.ofPattern(messages.getMessage(
                            "format.day", null, "EEE d MMM", locale), locale).format(start),
                            DateTimeFormatter.ofPattern("HH:mm").format(start)}, locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("bookingError", problems.describe(problem, locale));
        }
        return back;
    }
}
