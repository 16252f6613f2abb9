package dev.allot.booking.web;

import dev.allot.booking.BookingView;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.space.FloorView;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who is in: for a site (and floor) and a day, who has booked which desks and rooms. */
@Controller
class WhoIsInPageController {

    private final Spaces spaces;
    private final Identity identity;
    private final PageBookings pageBookings;

    WhoIsInPageController(Spaces spaces, Identity identity, PageBookings pageBookings) {
        this.spaces = spaces;
        this.identity = identity;
        this.pageBookings = pageBookings;
    }

    /** One person's bookings that day, with where each resource is. */
    record Person(String name, boolean me, List<PageBookings.Row> bookings, Map<ResourceId, ResourceView> where) {

        public @Nullable String floorOf(PageBookings.Row row) {
            ResourceView resource = where.get(row.booking().resourceId());
            return resource == null ? null : resource.floorName();
        }
    }

    @GetMapping("/who")
    String who(@RequestParam(required = false) @Nullable Long site, @RequestParam(required = false) @Nullable Long floor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        List<SiteView> sites = spaces.sites();
        model.addAttribute("sites", sites);
        Optional<SiteView> chosen = PageSites.choose(sites, site, me);
        if (chosen.isEmpty()) {
            return "booking/who";
        }
        SiteView at = chosen.get();
        List<FloorView> floors = spaces.floors(at.id());
        FloorView onFloor = floor == null ? null : floors.stream().filter(f -> f.id().value() == floor).findFirst().orElse(null);
        LocalDate day = date != null ? date : pageBookings.today(at.timeZone());
        Map<ResourceId, ResourceView> resources = resourcesAt(at, onFloor);
        List<BookingView> booked = pageBookings.activeAt(at, day).stream()
                .filter(booking -> resources.containsKey(booking.resourceId()))
                .toList();
        List<Person> people = people(booked, resources, me, locale);
        model.addAttribute("site", at);
        model.addAttribute("floors", floors);
        model.addAttribute("floor", onFloor);
        model.addAttribute("date", day);
        model.addAttribute("today", pageBookings.today(at.timeZone()));
        model.addAttribute("zone", PageBookings.zoneLabel(at.timeZone(), day));
        model.addAttribute("people", people);
        model.addAttribute("desks", booked.stream().filter(b -> b.resourceKind() == ResourceKind.DESK).count());
        model.addAttribute("rooms", booked.stream().filter(b -> b.resourceKind() == ResourceKind.ROOM).count());
        return "booking/who";
    }

    private List<Person> people(List<BookingView> booked, Map<ResourceId, ResourceView> resources, CurrentUser me,
            Locale locale) {
        Map<UserId, UserView> names = identity.usersByIds(booked.stream().map(BookingView::bookedBy).collect(Collectors.toSet()));
        Map<UserId, List<BookingView>> byPerson = new LinkedHashMap<>();
        booked.forEach(booking -> byPerson.computeIfAbsent(booking.bookedBy(), id -> new ArrayList<>()).add(booking));
        Collator collator = Collator.getInstance(locale);
        return byPerson.entrySet().stream()
                .map(entry -> {
                    UserView user = names.get(entry.getKey());
                    String name = user == null ? "#" + entry.getKey() : user.displayName();
                    return new Person(name, entry.getKey().equals(me.id()),
                            entry.getValue().stream().map(b -> pageBookings.row(b, me, name)).toList(), resources);
                })
                .sorted(Comparator.comparing(Person::name, collator))
                .toList();
    }

    /** Every resource of the site (or floor), inactive ones too, since their bookings still count. */
    private Map<ResourceId, ResourceView> resourcesAt(SiteView site, @Nullable FloorView floor) {
        Map<ResourceId, ResourceView> resources = new HashMap<>();
        spaces.searchAll(new ResourceQuery(null, site.id(), floor == null ? null : floor.id(), null, Set.of(), null,
                        null, true))
                .forEach(resource -> resources.put(resource.id(), resource));
        return resources;
    }
}
