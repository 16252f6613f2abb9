package dev.allot.booking.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import dev.allot.booking.SeriesResult;
import dev.allot.booking.Repeat;
import dev.allot.booking.SeriesScope;
import dev.allot.booking.OnConflict;
import dev.allot.booking.BookSeries;
import dev.allot.booking.BookLocalSlot;
import dev.allot.booking.LocalSlot;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingResult;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.booking.ChangeBooking;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ApiTimes;
import dev.allot.platform.ProblemException;
import dev.allot.space.DailyHours;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The booking form: a resource, a day and a time range in the site's zone. The rules are the
 * domain's ({@link Bookings#book}); what they refuse is explained next to the field it concerns.
 */
@Controller
class BookingFormPageController {

    private final Bookings bookings;
    private final Spaces spaces;
    private final PageBookings pageBookings;
    private final BookingPageProblems problems;
    private final MessageSource messages;

    BookingFormPageController(Bookings bookings, Spaces spaces, PageBookings pageBookings, BookingPageProblems problems,
            MessageSource messages) {
        this.bookings = bookings;
        this.spaces = spaces;
        this.pageBookings = pageBookings;
        this.problems = problems;
        this.messages = messages;
    }

    /**
     * What the form sends. {@code idempotencyKey} is new on every fresh form, so a double-click or a
     * resent form books once.
     */
    record BookingForm(
            @NotNull Long resource,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime start,
            @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime end,
            @Size(max = Bookings.MAX_TITLE) @Nullable String title,
            @NotNull @Min(1) @Max(Bookings.MAX_ATTENDEES) Integer attendees,
            @Size(max = Bookings.MAX_NOTE) @Nullable String note,
            @NotBlank @Size(max = 100) String idempotencyKey,
            @Nullable Boolean privateTitle,
            Repeat.@Nullable Frequency repeat,
            @Min(2) @Max(Bookings.MAX_OCCURRENCES) @Nullable Integer times,
            @Nullable Boolean skipTaken,
            @Min(1) @Max(99) @Nullable Integer every,
            @Nullable List<DayOfWeek> weekdays,
            @Nullable MonthlyBy monthlyBy,
            @Nullable Ends ends,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
            @Nullable SeriesScope scope) {

        /**
         * The form of a new booking, or of a booking to change, before any repeat is chosen (a factory, not
         * a constructor: binding takes the record's only constructor).
         */
        static BookingForm of(Long resource, LocalDate date, LocalTime start, LocalTime end, @Nullable String title,
                Integer attendees, @Nullable String note, String idempotencyKey, @Nullable Boolean privateTitle) {
            return new BookingForm(resource, date, start, end, title, attendees, note, idempotencyKey, privateTitle,
                    null, null, false, 1, null, MonthlyBy.DATE, Ends.COUNT, null, SeriesScope.THIS);
        }
    }

    /** A monthly series falls on the first day's date (the 14th), or on its weekday of the month (the second Tuesday). */
    enum MonthlyBy { DATE, WEEKDAY }

    /** A series ends after so many times, or on a day. */
    enum Ends { COUNT, UNTIL }

    @GetMapping("/book")
    String form(@RequestParam long resource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") @Nullable LocalTime start,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") @Nullable LocalTime end,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        if (!me.canBook()) {
            throw ProblemException.forbidden("Viewers cannot book; ask an admin for the member role");
        }
        ResourceView bookable = resource(resource);
        LocalDate day = date != null ? date : pageBookings.today(bookable.timeZone());
        LocalTime from = start != null ? start : suggestedStart(day, bookable);
        LocalTime to = end != null ? end : from.plusHours(1);
        var form = BookingForm.of(resource, day, from, to, "", 1, "", UUID.randomUUID().toString(), false);
        return page(form, bookable, null, me, model);
    }

    @PostMapping("/book")
    String book(@Valid @ModelAttribute("form") BookingForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser me, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ResourceView resource = resource(form.resource());
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(form, resource, null, me, model);
        }
        if (form.repeat() != null) {
            return bookSeries(form, resource, me, locale, model, errors, response, redirect);
        }
        try {
            BookingResult result = bookings.book(new BookLocalSlot(resource.id(), slot(form), form.title(),
                    form.attendees(), note(form), form.idempotencyKey(), Boolean.TRUE.equals(form.privateTitle())), me);
            redirect.addFlashAttribute("bookingNotice", booked(result.booking(), locale));
            return "redirect:/";
        } catch (ProblemException problem) {
            response.setStatus(problem.status().value());
            explain(problem, resource, form, errors, locale);
            return page(form, resource, null, me, model);
        }
    }

    /**
     * The same form, filled in with one's booking, to move it or change its details. The domain
     * decides ({@link Bookings#change}); the page only offers it where the list offers "Change".
     */
    @GetMapping("/bookings/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale, Model model,
            RedirectAttributes redirect) {
        BookingView booking = bookings.booking(new BookingId(id));
        requireMayChange(booking, me);
        if (!bookings.actionsFor(booking, me).change()) {
            redirect.addFlashAttribute("bookingError", messages.getMessage(
                    booking.status().active() ? "change.ended" : "change.inactive", null, locale));
            return "redirect:/bookings";
        }
        ResourceView resource = resource(booking.resourceId().value());
        var start = booking.startsAt().atZone(booking.timeZone());
        var end = booking.endsAt().atZone(booking.timeZone());
        var form = BookingForm.of(resource.id().value(), start.toLocalDate(), start.toLocalTime(), end.toLocalTime(),
                booking.title(), booking.attendees(), booking.note() == null ? "" : booking.note(),
                UUID.randomUUID().toString(), booking.privateTitle());
        return page(form, resource, booking, me, model);
    }

    @PostMapping("/bookings/{id}/edit")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") BookingForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser me, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        BookingView booking = bookings.booking(new BookingId(id));
        requireMayChange(booking, me);
        ResourceView resource = resource(booking.resourceId().value());
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(form, resource, booking, me, model);
        }
        try {
            LocalSlot slot = slot(form);
            BookingView changed = bookings.change(new ChangeBooking(booking.id(),
                    ApiTimes.check("date", slot.startsAt(resource.timeZone())),
                    ApiTimes.check("date", slot.endsAt(resource.timeZone())), form.title(), form.attendees(),
                    note(form), Boolean.TRUE.equals(form.privateTitle()), form.scope()), me);
            redirect.addFlashAttribute("bookingNotice", notice(changed,
                    changed.status() == BookingStatus.PENDING ? "change.requested" : "change.done", locale));
            return "redirect:/bookings";
        } catch (ProblemException problem) {
            response.setStatus(problem.status().value());
            explain(problem, resource, form, errors, locale);
            return page(form, resource, booking, me, model);
        }
    }

    /**
     * A series from the form (issue 18): every day, week or month, so many times. Occurrences in the
     * way are listed above the form and nothing is booked, unless the person ticked to skip them.
     */
    private String bookSeries(BookingForm form, ResourceView resource, CurrentUser me, Locale locale, Model model,
            BindingResult errors, HttpServletResponse response, RedirectAttributes redirect) {
        boolean untilDay = form.ends() == Ends.UNTIL;
        if (untilDay ? form.until() == null : form.times() == null) {
            String field = untilDay ? "until" : "times";
            errors.rejectValue(field, "series." + field, messages.getMessage("series." + field, null, locale));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(form, resource, null, me, model);
        }
        try {
            SeriesResult result = bookings.bookSeries(new BookSeries(resource.id(), slot(form), repeat(form),
                    Boolean.TRUE.equals(form.skipTaken()) ? OnConflict.SKIP : OnConflict.FAIL, form.title(),
                    form.attendees(), note(form), Boolean.TRUE.equals(form.privateTitle())), me);
            BookingView first = result.series().bookings().getFirst();
            redirect.addFlashAttribute("bookingNotice", notice(first, "series.done", locale) + " "
                    + messages.getMessage("series.count", new Object[] {result.series().bookings().size(),
                            result.skipped().size()}, locale));
            return "redirect:/";
        } catch (ProblemException problem) {
            response.setStatus(problem.status().value());
            if (problem.type().equals("series-conflicts") && problem.properties().get("conflicts") instanceof List<?> list) {
                DateTimeFormatter day = DateTimeFormatter.ofPattern(
                        messages.getMessage("format.day", null, "EEE d MMM", locale), locale);
                String days = list.stream().map(entry -> (Map<?, ?>) entry)
                        .map(entry -> day.format(LocalDate.parse(String.valueOf(entry.get("day"))))
                                + (entry.get("heldBy") == null ? "" : " (" + entry.get("heldBy") + ")"))
                        .collect(java.util.stream.Collectors.joining(", "));
                errors.reject("series.conflicts", new Object[] {days},
                        messages.getMessage("series.conflicts", new Object[] {days}, locale));
            } else {
                explain(problem, resource, form, errors, locale);
            }
            return page(form, resource, null, me, model);
        }
    }

    /**
     * The form's repeat as the booking module takes it: weekly on the ticked weekdays (the day's own when
     * none is ticked), monthly on the date or on the day's weekday of the month (the last one when it is
     * the fifth, which most months lack).
     */
    private static Repeat repeat(BookingForm form) {
        Repeat.Frequency frequency = Objects.requireNonNull(form.repeat());
        int every = form.every() == null ? 1 : form.every();
        List<DayOfWeek> days = null;
        Integer weekOfMonth = null;
        if (frequency == Repeat.Frequency.WEEKLY && form.weekdays() != null && !form.weekdays().isEmpty()) {
            days = form.weekdays().stream().distinct().sorted().toList();
        }
        if (frequency == Repeat.Frequency.MONTHLY && form.monthlyBy() == MonthlyBy.WEEKDAY) {
            days = List.of(form.date().getDayOfWeek());
            weekOfMonth = weekOfMonth(form.date());
        }
        boolean untilDay = form.ends() == Ends.UNTIL;
        return new Repeat(frequency, every, days, weekOfMonth, untilDay ? null : form.times(),
                untilDay ? form.until() : null);
    }

    /** Which of its weekday in the month {@code day} is: 1 to 4, or -1 for a fifth (the last). */
    static int weekOfMonth(LocalDate day) {
        int week = (day.getDayOfMonth() - 1) / 7 + 1;
        return week <= 4 ? week : -1;
    }

    /** Someone else's booking is not even shown in the form; admins change others' bookings too. */
    private static void requireMayChange(BookingView booking, CurrentUser me) {
        if (!me.isAdmin() && !(booking.bookedBy().equals(me.id()) && me.canBook())) {
            throw ProblemException.forbidden("Only the person who booked, or an admin, can change this booking");
        }
    }

    private void explain(ProblemException problem, ResourceView resource, BookingForm form, BindingResult errors,
            Locale locale) {
        problems.onBookingForm(problem, resource, form.date(), locale).forEach((field, message) -> {
            if (field.equals(BookingPageProblems.FORM)) {
                errors.reject("booking.problem", message);
            } else {
                errors.rejectValue(field, "booking.problem", message);
            }
        });
    }

    /** The day and times as typed, in the site's zone; the booking module turns them into instants. */
    private static LocalSlot slot(BookingForm form) {
        return new LocalSlot(form.date(), form.start(), form.end());
    }

    /** A blank title is left to the booking module's default; a blank note is none. */
    private static @Nullable String note(BookingForm form) {
        return form.note() == null || form.note().isBlank() ? null : form.note().strip();
    }

    private String booked(BookingView booking, Locale locale) {
        return notice(booking, booking.status() == BookingStatus.PENDING ? "book.requested" : "book.done", locale);
    }

    private String notice(BookingView booking, String key, Locale locale) {
        var start = booking.startsAt().atZone(booking.timeZone());
        var end = booking.endsAt().atZone(booking.timeZone());
        String day = DateTimeFormatter.ofPattern(messages.getMessage("format.day", null, "EEE d MMM", locale), locale)
                .format(start);
        return messages.getMessage(key, new Object[] {booking.resourceName(), day,
                DateTimeFormatter.ofPattern("HH:mm").format(start), DateTimeFormatter.ofPattern("HH:mm").format(end)},
                locale);
    }

    /** @param editing the booking being changed, or null for a new one */
    private String page(BookingForm form, ResourceView resource, @Nullable BookingView editing, CurrentUser me,
            Model model) {
        SiteView site = spaces.site(resource.siteId());
        LocalDate day = form.date() != null ? form.date() : pageBookings.today(resource.timeZone());
        var dayBookings = pageBookings.activeOf(resource.id(), day, day.plusDays(1), resource.timeZone(), me);
        model.addAttribute("form", form);
        model.addAttribute("frequencies", Repeat.Frequency.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("weekOfMonth", weekOfMonth(day));
        model.addAttribute("dayOfWeek", day.getDayOfWeek());
        model.addAttribute("dayName", day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("resource", resource);
        model.addAttribute("editing", editing);
        model.addAttribute("site", site);
        model.addAttribute("day", PageTimeline.of(day, resource.timeZone(), site.openingHours(), dayBookings, me.id(),
                pageBookings.now()));
        model.addAttribute("hours", PageSites.hoursOn(site, day).orElse(null));
        model.addAttribute("zone", PageBookings.zoneLabel(resource.timeZone(), day));
        return "booking/book";
    }

    private ResourceView resource(@Nullable Long id) {
        if (id == null) {
            throw ProblemException.notFound("Resource", "none");
        }
        return spaces.resource(new ResourceId(id));
    }

    /** The next quarter hour today (if later than opening), else the opening time, else 09:00. */
    private LocalTime suggestedStart(LocalDate day, ResourceView resource) {
        LocalTime opens = PageSites.hoursOn(spaces.site(resource.siteId()), day).map(DailyHours::opens).orElse(LocalTime.of(9, 0));
        if (!day.equals(pageBookings.today(resource.timeZone()))) {
            return opens;
        }
        LocalTime now = pageBookings.now().atZone(resource.timeZone()).toLocalTime();
        int next = (now.getHour() * 60 + now.getMinute() + 14) / 15 * 15;
        LocalTime nextQuarter = next >= 23 * 60 ? LocalTime.of(23, 0) : LocalTime.of(next / 60, next % 60);
        return nextQuarter.isAfter(opens) ? nextQuarter : opens;
    }
}
