package dev.allot.booking.web;

import dev.allot.booking.Attendance;
import dev.allot.booking.AttendanceFilter;
import dev.allot.booking.Bookings;
import dev.allot.booking.BookingId;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.space.FloorView;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who is in: for a site (and floor) and a day, who has booked which desks and rooms ({@link Bookings#attendance}). */
@Controller
class WhoIsInPageController {

    private final Spaces spaces;
    private final Bookings bookings;
    private final PageBookings pageBookings;
    private final Identity identity;

    WhoIsInPageController(Spaces spaces, Bookings bookings, PageBookings pageBookings, Identity identity) {
        this.identity = identity;
        this.spaces = spaces;
        this.bookings = bookings;
        this.pageBookings = pageBookings;
    }

    /** One person's bookings that day, with the floor of each resource. */
    record Person(String name, @Nullable String team, boolean me, List<PageBookings.Row> bookings,
            Map<BookingId, String> floors) {

        public @Nullable String floorOf(PageBookings.Row row) {
            return floors.get(row.booking().id());
        }
    }

    @GetMapping("/who")
    String who(@RequestParam(required = false) @Nullable Long site, @RequestParam(required = false) @Nullable Long floor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable String team, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) @Nullable String q,
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
        // a bookmarked or hand-typed filter longer than any name finds nobody rather than failing
        AttendanceFilter filter = new AttendanceFilter(clip(team), mine, clip(q));
        Attendance attendance = bookings.attendance(at.id(), day, onFloor == null ? null : onFloor.id(), filter, me);
        model.addAttribute("teams", identity.teams(me));
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", filter.team() != null || filter.myTeam() || filter.name() != null);
        model.addAttribute("site", at);
        model.addAttribute("floors", floors);
        model.addAttribute("floor", onFloor);
        model.addAttribute("date", day);
        model.addAttribute("today", pageBookings.today(at.timeZone()));
        model.addAttribute("zone", PageBookings.zoneLabel(at.timeZone(), day));
        model.addAttribute("people", people(attendance, me, locale));
        model.addAttribute("desks", attendance.desks());
        model.addAttribute("rooms", attendance.rooms());
        model.addAttribute("guests", attendance.guests());
        model.addAttribute("present", attendance.present());
        model.addAttribute("freeDesks", attendance.freeDesks());
        return "booking/who";
    }

    private static @Nullable String clip(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
    }

    /** In the order of the page's language. */
    private List<Person> people(Attendance attendance, CurrentUser me, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return attendance.people().stream()
                .map(person -> {
                    Map<BookingId, String> floors = new HashMap<>();
                    person.bookings().stream().filter(entry -> entry.floorName() != null)
                            .forEach(entry -> floors.put(entry.booking().id(), entry.floorName()));
                    return new Person(person.name(), person.team(), person.id().equals(me.id()), person.bookings().stream()
                            .map(entry -> pageBookings.row(entry.booking(), me, person.name()))
                            .toList(), floors);
                })
                .sorted(Comparator.comparing(Person::name, collator))
                .toList();
    }
}
