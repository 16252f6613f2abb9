package dev.allot.booking.web;

import dev.allot.booking.BookingLimit;
import dev.allot.booking.BookingLimits;
import dev.allot.booking.LimitMeasure;
import dev.allot.booking.LimitUse;
import dev.allot.booking.LimitWording;
import dev.allot.booking.SaveLimit;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Role;
import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Fair-use limits on pages: the admin's list of them (add, change the amount, remove), and the profile's
 * "Your limits" section, each person's use against each limit that holds them.
 */
@Controller
class LimitPageController {

    private final BookingLimits limits;
    private final Spaces spaces;
    private final ProblemMessages problems;
    private final MessageSource messages;

    LimitPageController(BookingLimits limits, Spaces spaces, ProblemMessages problems, MessageSource messages) {
        this.limits = limits;
        this.spaces = spaces;
        this.problems = problems;
        this.messages = messages;
    }

    /** A limit as the admin's list shows it: who and where it holds, and what it allows. */
    record LimitLine(long id, String scope, String allows, int amount) {}

    /** A person's use of a limit, in words and as a share for the meter (0 to 100). */
    record UseLine(String scope, String allows, String used, int percent, boolean full) {}

    @GetMapping("/me/limits")
    String mine(@AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        Map<SiteId, String> sites = siteNames();
        model.addAttribute("uses", limits.use(me).stream().map(use -> line(use, sites, locale)).toList());
        return "booking/limits :: mine";
    }

    @GetMapping("/admin/limits")
    String page(@AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        Map<SiteId, String> sites = siteNames();
        model.addAttribute("limits", limits.limits(me).stream()
                .map(limit -> new LimitLine(limit.id(), LimitWording.scope(limit, sites, words(locale)),
                        LimitWording.allows(limit, words(locale)), limit.amount()))
                .toList());
        model.addAttribute("sites", spaces.sites());
        model.addAttribute("measures", LimitMeasure.values());
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        return "admin/limits";
    }

    @PostMapping("/admin/limits")
    String create(@RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String siteId, @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String measure,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable List<String> peakDays,
            @RequestParam(required = false) @Nullable String peakStart,
            @RequestParam(required = false) @Nullable String peakEnd, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        try {
            LimitMeasure chosen = choice(measure, LimitMeasure::valueOf);
            boolean peak = chosen == LimitMeasure.PEAK_MINUTES_PER_WEEK;
            SaveLimit command = new SaveLimit(choice(role, Role::valueOf),
                    blank(siteId) ? null : new SiteId(Long.parseLong(siteId.strip())),
                    blank(kind) ? null : ResourceKind.valueOf(kind.strip()), chosen, number(amount),
                    peak && peakDays != null ? peakDays.stream().map(DayOfWeek::valueOf).toList() : null,
                    peak && !blank(peakStart) ? LocalTime.parse(peakStart.strip()) : null,
                    peak && !blank(peakEnd) ? LocalTime.parse(peakEnd.strip()) : null);
            limits.create(command, me);
            redirect.addFlashAttribute("notice", text("limits.saved", locale));
        } catch (IllegalArgumentException | DateTimeParseException wrong) {
            redirect.addFlashAttribute("error", text("limits.badInput", locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return "redirect:/admin/limits";
    }

    @PostMapping("/admin/limits/{id}")
    String changeAmount(@PathVariable long id, @RequestParam(required = false) @Nullable String amount,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            BookingLimit limit = limits.limits(me).stream().filter(l -> l.id() == id).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("Limit", id));
            limits.change(id, new SaveLimit(limit.role(), limit.siteId(), limit.kind(), limit.measure(), number(amount),
                    limit.peak() == null ? null : limit.peak().days(), limit.peak() == null ? null : limit.peak().start(),
                    limit.peak() == null ? null : limit.peak().end()), me);
            redirect.addFlashAttribute("notice", text("limits.saved", locale));
        } catch (IllegalArgumentException wrong) {
            redirect.addFlashAttribute("error", text("limits.badInput", locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return "redirect:/admin/limits";
    }

    @PostMapping("/admin/limits/{id}/remove")
    String remove(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
            RedirectAttributes redirect) {
        try {
            limits.remove(id, me);
            redirect.addFlashAttribute("notice", text("limits.removed", locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return "redirect:/admin/limits";
    }

    private UseLine line(LimitUse use, Map<SiteId, String> sites, Locale locale) {
        BookingLimit limit = use.limit();
        LimitWording.Words words = words(locale);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(text("format.day", locale), locale);
        int percent = (int) Math.min(100, Math.round(100 * use.used() / limit.amount()));
        return new UseLine(LimitWording.scope(limit, sites, words), LimitWording.allows(limit, words),
                LimitWording.used(use, words, day::format), percent, use.remaining() <= 0);
    }

    private LimitWording.Words words(Locale locale) {
        return (key, args) -> text(key, locale, args);
    }

    private Map<SiteId, String> siteNames() {
        return spaces.sites().stream().collect(Collectors.toMap(SiteView::id, SiteView::name, (a, b) -> a));
    }

    private static <T> T choice(@Nullable String value, Function<String, T> parse) {
        if (blank(value)) {
            throw new IllegalArgumentException("missing");
        }
        return parse.apply(value.strip());
    }

    private static int number(@Nullable String value) {
        return Integer.parseInt(choice(value, Function.identity()));
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
