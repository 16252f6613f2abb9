package dev.allot.booking.web;

import dev.allot.booking.LocalSlot;
import dev.allot.booking.BookingView;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.space.FloorView;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.stream.IntStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Find a space: resources of one site matching kind, floor, capacity and amenities, free in a time
 * range when one is given, each with the chosen day's timeline.
 */
@Controller
class FindPageController {

    /** Offered even before any resource has them, in this order; tags in use are added after them. */
    static final List<String> KNOWN_AMENITIES = List.of("projector", "screen", "whiteboard", "video-conference",
            "standing-desk");
    static final int MOST_RESULTS = 50;

    private final Spaces spaces;
    private final PageBookings pageBookings;
    private final MessageSource messages;

    FindPageController(Spaces spaces, PageBookings pageBookings, MessageSource messages) {
        this.spaces = spaces;
        this.pageBookings = pageBookings;
        this.messages = messages;
    }

    /** The filters as sent; any may be missing, and a wrong one is explained and left out. */
    record FindForm(
            @Nullable ResourceKind kind,
            @Nullable Long site,
            @Nullable Long floor,
            @Min(1) @Max(10_000) @Nullable Integer capacity,
            @Nullable List<String> amenity,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") @Nullable LocalTime from,
            @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") @Nullable LocalTime to) {}

    /** The filters the results are for, with the site, floor and day resolved. */
    record Filters(@Nullable ResourceKind kind, SiteView site, @Nullable FloorView floor, @Nullable Integer capacity,
            Set<String> amenities, LocalDate date, @Nullable LocalTime from, @Nullable LocalTime to) {

        public boolean timed() {
            return from != null && to != null;
        }
    }

    /** One result: a resource, its day, and how long a click on free time books by default. */
    record Found(ResourceView resource, PageTimeline day, int suggestMinutes) {}

    @GetMapping("/find")
    String find(@Valid @ModelAttribute("filters") FindForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        List<SiteView> sites = spaces.sites();
        model.addAttribute("sites", sites);
        model.addAttribute("canBook", me.canBook());
        model.addAttribute("kinds", ResourceKind.values());
        Optional<SiteView> chosen = PageSites.choose(sites, form.site(), me);
        if (chosen.isEmpty()) {
            model.addAttribute("errors", Map.of());
            return "booking/find";
        }
        SiteView site = chosen.get();
        Map<String, String> problems = messagesOf(errors, locale);
        List<FloorView> floors = spaces.floors(site.id());
        Filters filters = resolve(form, site, floors, problems, locale);
        model.addAttribute("chosen", filters);
        model.addAttribute("errors", problems);
        model.addAttribute("floors", floors);
        model.addAttribute("amenities", amenities(filters.amenities()));
        model.addAttribute("zone", PageBookings.zoneLabel(site.timeZone(), filters.date()));
        model.addAttribute("hours", PageSites.hoursOn(site, filters.date()).orElse(null));

        Page<ResourceView> results = spaces.search(query(filters, true), new PageRequest(0, MOST_RESULTS));
        Map<ResourceId, List<BookingView>> busy = pageBookings.activeOn(site, filters.date(), me);
        List<PageTimeline> days = PageTimeline.alike(results.items().stream()
                .map(resource -> new PageTimeline.Day(filters.date(), site.timeZone(), site.openingHours(),
                        busy.getOrDefault(resource.id(), List.of())))
                .toList(), me.id(), pageBookings.now());
        model.addAttribute("results", IntStream.range(0, days.size())
                .mapToObj(i -> new Found(results.items().get(i), days.get(i),
                        results.items().get(i).kind() == ResourceKind.DESK ? 0 : 60))
                .toList());
        model.addAttribute("total", results.total());
        // When nothing is free then, say how many would match at another time.
        model.addAttribute("busyThen", results.total() == 0 && filters.timed()
                ? spaces.search(query(filters, false), new PageRequest(0, 1)).total() : 0);
        return "booking/find";
    }

    private Filters resolve(FindForm form, SiteView site, List<FloorView> floors, Map<String, String> problems,
            Locale locale) {
        FloorView floor = form.floor() == null ? null : floors.stream()
                .filter(f -> f.id().value() == form.floor()).findFirst().orElse(null);
        LocalDate date = form.date() != null ? form.date() : pageBookings.today(site.timeZone());
        LocalTime from = form.from();
        LocalTime to = form.to();
        if ((from == null) != (to == null) && !problems.containsKey("from") && !problems.containsKey("to")) {
            problems.put(from == null ? "from" : "to", message("find.range-both", locale));
        }
        if (from != null && to != null && !new LocalSlot(date, from, to).endIn(site.timeZone()).isAfter(
                new LocalSlot(date, from, to).startIn(site.timeZone()))) {
            problems.put("to", message("find.range-order", locale));
        }
        boolean timed = from != null && to != null && !problems.containsKey("from") && !problems.containsKey("to");
        Set<String> amenities = new LinkedHashSet<>();
        if (form.amenity() != null) {
            form.amenity().stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                    .filter(tag -> tag.matches("[a-z0-9][a-z0-9-]{0,39}"))
                    .forEach(amenities::add);
        }
        return new Filters(form.kind(), site, floor, problems.containsKey("capacity") ? null : form.capacity(),
                amenities, date, timed ? from : null, timed ? to : null);
    }

    private static ResourceQuery query(Filters filters, boolean byTime) {
        ZonedRange range = byTime && filters.timed() ? ZonedRange.of(filters) : null;
        return new ResourceQuery(filters.kind(), filters.site().id(),
                filters.floor() == null ? null : filters.floor().id(), filters.capacity(), filters.amenities(),
                range == null ? null : range.from(), range == null ? null : range.to(), false);
    }

    private record ZonedRange(Instant from, Instant to) {

        static ZonedRange of(Filters filters) {
            var zone = filters.site().timeZone();
            LocalSlot slot = new LocalSlot(filters.date(), filters.from(), filters.to());
            return new ZonedRange(slot.startsAt(zone), slot.endsAt(zone));
        }
    }

    /** The known tags, then those in use, then any asked for that neither has. */
    private List<String> amenities(Set<String> selected) {
        Set<String> all = new LinkedHashSet<>(KNOWN_AMENITIES);
        all.addAll(spaces.amenityTags());
        all.addAll(selected);
        return List.copyOf(all);
    }

    private Map<String, String> messagesOf(BindingResult errors, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.getFieldErrors().forEach(error -> byField.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
        return byField;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
