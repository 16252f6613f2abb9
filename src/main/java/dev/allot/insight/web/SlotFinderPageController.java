package dev.allot.insight.web;

import dev.allot.identity.CurrentUser;
import dev.allot.insight.SlotFinder;
import dev.allot.insight.SlotSearch;
import dev.allot.insight.SlotSuggestion;
import dev.allot.platform.ProblemException;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The slot finder page: a small form, then ranked suggestions, each with its reasons and a Book
 * button that posts the ordinary booking form (with its own idempotency key): one click books.
 */
@Controller
class SlotFinderPageController {

    static final List<Integer> DURATIONS = List.of(30, 45, 60, 90, 120, 180, 240);

    /** A suggestion as the page shows it, in the site's zone, with a fresh key for its Book form. */
    record Row(SlotSuggestion suggestion, ZonedDateTime start, ZonedDateTime end, String idempotencyKey) {}

    private final SlotFinder finder;
    private final Spaces spaces;
    private final Clock clock;

    SlotFinderPageController(SlotFinder finder, Spaces spaces, Clock clock) {
        this.finder = finder;
        this.spaces = spaces;
        this.clock = clock;
    }

    @GetMapping("/slots")
    String slots(@RequestParam(required = false) @Nullable Long site,
            @RequestParam(defaultValue = "4") int attendees,
            @RequestParam(defaultValue = "60") int minutes,
            @RequestParam(required = false) @Nullable String needs,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "") String title,
            @AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        List<SiteView> sites = spaces.sites();
        model.addAttribute("sites", sites);
        model.addAttribute("durations", DURATIONS);
        if (sites.isEmpty()) {
            return "insight/slots";
        }
        SiteView chosen = sites.stream()
                .filter(s -> site != null ? s.id().value() == site
                        : me.homeSiteId() != null && s.id().value() == me.homeSiteId())
                .findFirst()
                .orElse(sites.getFirst());
        LocalDate today = LocalDate.now(clock.withZone(chosen.timeZone()));
        LocalDate first = from == null ? today : from;
        LocalDate last = to == null ? first.plusDays(6) : to;
        Set<String> amenities = needs == null ? Set.of() : Arrays.stream(needs.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        model.addAttribute("site", chosen);
        model.addAttribute("attendees", attendees);
        model.addAttribute("minutes", minutes);
        model.addAttribute("needs", needs == null ? "" : needs);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("meetingTitle", title);
        model.addAttribute("searched", site != null);
        if (site != null) {
            try {
                List<SlotSuggestion> suggestions = finder.find(new SlotSearch(new SiteId(chosen.id().value()), attendees,
                        Duration.ofMinutes(minutes), amenities, first, last, 10), locale, me);
                model.addAttribute("rows", suggestions.stream().map(s -> new Row(s, s.startsAt().atZone(s.timeZone()),
                        s.endsAt().atZone(s.timeZone()), UUID.randomUUID().toString())).toList());
            } catch (ProblemException problem) {
                model.addAttribute("problem", problem.getMessage());
                model.addAttribute("rows", List.of());
            }
        }
        return "insight/slots";
    }
}
