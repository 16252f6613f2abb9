package dev.allot.booking.web;

import dev.allot.booking.AnswerAttendance;
import dev.allot.booking.AttendanceConfirmation;
import dev.allot.booking.AttendanceConfirmations;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
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

/**
 * The answer page the attendance question links to (Yes and No, each a POST), and the answer from
 * the my-bookings list. Problems (released already, cancelled) come back as a friendly notice.
 */
@Controller
class AttendancePageController {

    /** Where an answer may send the person back to; anything else goes to the answer page. */
    private static final Set<String> RETURN_PAGES = Set.of("/", "/bookings");

    private final AttendanceConfirmations confirmations;
    private final Bookings bookings;
    private final PageBookings pageBookings;
    private final BookingPageProblems problems;
    private final MessageSource messages;

    AttendancePageController(AttendanceConfirmations confirmations, Bookings bookings, PageBookings pageBookings,
            BookingPageProblems problems, MessageSource messages) {
        this.confirmations = confirmations;
        this.bookings = bookings;
        this.pageBookings = pageBookings;
        this.problems = problems;
        this.messages = messages;
    }

    /** {@code coming} (yes / no) is the button the person chose in the notification: it is the one highlighted. */
    @GetMapping("/bookings/{id}/attendance")
    String page(@PathVariable long id, @RequestParam(required = false) @Nullable String coming,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        BookingView booking = bookings.booking(new BookingId(id));
        AttendanceConfirmation confirmation = confirmations.confirmation(booking.id(), me)
                .orElseThrow(() -> ProblemException.notFound("Attendance confirmation", id));
        model.addAttribute("row", pageBookings.row(booking, me, null));
        model.addAttribute("confirmation", confirmation);
        model.addAttribute("deadline", confirmation.deadline().atZone(confirmation.timeZone()));
        model.addAttribute("chosen", "no".equals(coming) ? "no" : "yes".equals(coming) ? "yes" : "");
        return "booking/attendance";
    }

    @PostMapping("/bookings/{id}/attendance")
    String answer(@PathVariable long id, @RequestParam boolean coming, @RequestParam(required = false) @Nullable String next,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            confirmations.answer(new AnswerAttendance(new BookingId(id), coming), me);
            BookingView booking = bookings.booking(new BookingId(id));
            redirect.addFlashAttribute("bookingNotice", messages.getMessage(
                    coming ? "attendance.answered.yes" : "attendance.answered.no",
                    new Object[] {booking.resourceName()}, locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("bookingError", problems.describe(problem, locale));
        }
        return "redirect:" + (next != null && RETURN_PAGES.contains(next) ? next : "/bookings/" + id + "/attendance");
    }
}
