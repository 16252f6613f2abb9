package dev.allot.booking.web;

import dev.allot.booking.AnswerAttendance;
import dev.allot.booking.AttendanceConfirmation;
import dev.allot.booking.AttendanceConfirmations;
import dev.allot.booking.BookDeskDay;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.DeskState;
import dev.allot.booking.FixedDesk;
import dev.allot.booking.Desks;
import dev.allot.booking.Guest;
import dev.allot.booking.JoinPresence;
import dev.allot.booking.PresenceId;
import dev.allot.booking.PresenceStatus;
import dev.allot.booking.PresenceView;
import dev.allot.booking.SiteDesks;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import dev.allot.space.FloorId;
import dev.allot.space.FloorPlan;
import dev.allot.space.FloorView;
import dev.allot.space.PlanMarker;
import dev.allot.space.PlanPosition;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The members' desk page: a site's desks on one day, floor by floor on the plan (or as a list where a
 * floor has no plan or a desk no place), booked with a click; the line when the office is full; a
 * desk for a guest; and one's upcoming desk days. Every refusal comes back as a message on the page.
 */
@Controller
class DeskPageController {

    private final Desks desks;
    private final Bookings bookings;
    private final AttendanceConfirmations confirmations;
    private final Spaces spaces;
    private final PageBookings pageBookings;
    private final ProblemMessages problems;
    private final MessageSource messages;

    DeskPageController(Desks desks, Bookings bookings, AttendanceConfirmations confirmations, Spaces spaces,
            PageBookings pageBookings, ProblemMessages problems, MessageSource messages) {
        this.desks = desks;
        this.bookings = bookings;
        this.confirmations = confirmations;
        this.spaces = spaces;
        this.pageBookings = pageBookings;
        this.problems = problems;
        this.messages = messages;
    }

    /** A desk as the page shows it: its CSS state, what a person hears and reads, whether a click books it. */
    record Spot(SiteDesks.Desk desk, String state, String label, boolean bookable) {}

    /** One floor (or the desks without a floor): its plan with the placed desks, and the others as a list. */
    record Section(@Nullable FloorView floor, String name, @Nullable FloorPlan plan, List<PlanMarker> markers,
            List<Spot> listed) {}

    /** One of my upcoming desk days, with the attendance question when it is open. */
    record DeskDay(BookingView booking, String day, String site, boolean asked, boolean coming) {}

    @GetMapping("/desks")
    String page(@RequestParam(required = false) @Nullable Long site, @RequestParam(required = false) @Nullable Long floor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        List<SiteView> sites = spaces.sites();
        model.addAttribute("sites", sites);
        model.addAttribute("myDays", myDays(me, locale));
        Optional<SiteView> chosen = PageSites.choose(sites, site, me);
        if (chosen.isEmpty()) {
            return "booking/desks";
        }
        SiteView at = chosen.get();
        LocalDate today = pageBookings.today(at.timeZone());
        LocalDate lastDay = today.plusDays(desks.horizonDays());
        LocalDate day = date == null || date.isBefore(today) ? today : date.isAfter(lastDay) ? lastDay : date;
        List<FloorView> floors = spaces.floors(at.id());
        FloorView onFloor = floor == null ? null
                : floors.stream().filter(f -> f.id().value() == floor).findFirst().orElse(null);
        SiteDesks siteDesks = desks.desks(at.id(), day, onFloor == null ? null : onFloor.id(), me);
        List<PresenceView> presences = desks.presences(at.id(), day, me);
        PresenceView mine = presences.stream()
                .filter(p -> p.person().equals(me.id()) && p.guest() == null && p.status().standing())
                .findFirst().orElse(null);
        boolean haveDesk = siteDesks.desks().stream().anyMatch(d -> d.booking() != null && d.guestOf() == null
                && me.id().equals(d.holder()));

        model.addAttribute("site", at);
        model.addAttribute("floors", floors);
        model.addAttribute("floor", onFloor);
        model.addAttribute("date", day);
        model.addAttribute("today", today);
        model.addAttribute("lastDay", lastDay);
        model.addAttribute("previousDay", day.isAfter(today) ? day.minusDays(1) : null);
        model.addAttribute("nextDay", day.isBefore(lastDay) ? day.plusDays(1) : null);
        model.addAttribute("zone", PageBookings.zoneLabel(at.timeZone(), day));
        model.addAttribute("sections", sections(siteDesks, floors, onFloor, locale));
        model.addAttribute("free", siteDesks.free());
        model.addAttribute("total", siteDesks.desks().size());
        model.addAttribute("freeDesks", siteDesks.desks().stream().filter(d -> d.state() == DeskState.FREE).toList());
        model.addAttribute("waiting", presences.stream()
                .filter(p -> p.status() == PresenceStatus.WAITING || p.status() == PresenceStatus.OFFERED).count());
        model.addAttribute("mine", mine);
        model.addAttribute("haveDesk", haveDesk);
        model.addAttribute("myFixed", desks.fixedDesks(at.id()).stream()
                .filter(fixed -> fixed.owner().equals(me.id())).findFirst().orElse(null));
        model.addAttribute("myGuests", presences.stream()
                .filter(p -> p.person().equals(me.id()) && p.guest() != null && p.status().standing()).toList());
        model.addAttribute("legend", List.of(
                new String[] {"free", text("deskpage.state.free", locale)},
                new String[] {"taken", text("deskpage.state.taken", locale)},
                new String[] {"held", text("deskpage.state.held", locale)},
                new String[] {"mine", text("deskpage.state.mine", locale)},
                new String[] {"fixed", text("deskpage.state.fixed", locale)}));
        return "booking/desks";
    }

    @PostMapping("/desks/book")
    String book(@RequestParam long site, @RequestParam(required = false) @Nullable Long floor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Nullable Long resourceId,
            @RequestParam(required = false) @Nullable String guestName,
            @RequestParam(required = false) @Nullable String guestEmail,
            @RequestParam(defaultValue = "false") boolean forGuest,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        Guest guest = guest(guestName, guestEmail);
        if (forGuest && guest == null) {
            redirect.addFlashAttribute("guestError", text("deskpage.guest.nameNeeded", locale));
            return back(site, floor, date);
        }
        if (resourceId == null) {
            redirect.addFlashAttribute("error", text("deskpage.chooseDesk", locale));
            return back(site, floor, date);
        }
        try {
            BookingView booked = desks.bookDay(new BookDeskDay(new ResourceId(resourceId), date, guest, null), me)
                    .booking();
            redirect.addFlashAttribute("notice", guest == null
                    ? text("deskpage.booked", locale, booked.resourceName(), longDay(date, locale))
                    : text("deskpage.bookedGuest", locale, booked.resourceName(), longDay(date, locale), guest.name()));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return back(site, floor, date);
    }

    @PostMapping("/desks/join")
    String join(@RequestParam long site, @RequestParam(required = false) @Nullable Long floor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "true") boolean wait,
            @RequestParam(required = false) @Nullable String guestName,
            @RequestParam(required = false) @Nullable String guestEmail,
            @RequestParam(defaultValue = "false") boolean forGuest,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        Guest guest = guest(guestName, guestEmail);
        if (forGuest && guest == null) {
            redirect.addFlashAttribute("guestError", text("deskpage.guest.nameNeeded", locale));
            return back(site, floor, date);
        }
        try {
            PresenceView joined = desks.join(new JoinPresence(new SiteId(site), date, guest, wait), me);
            redirect.addFlashAttribute("notice", switch (joined.status()) {
                case OFFERED -> text("deskpage.joined.offered", locale, joined.deskName());
                case BOOKED -> text("deskpage.joined.booked", locale, joined.deskName());
                case WAITING -> text("deskpage.joined.waiting", locale, joined.position());
                default -> text("deskpage.joined.present", locale);
            });
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return back(site, floor, date);
    }

    /** The owner of a fixed desk lets others book it on one day. */
    @PostMapping("/desks/fixed/{desk}/release")
    String releaseFixed(@PathVariable long desk, @RequestParam long site, @RequestParam(required = false) @Nullable Long floor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            FixedDesk released = desks.releaseFixedDesk(new ResourceId(desk), date, me);
            redirect.addFlashAttribute("notice", text("deskpage.fixed.released", locale, released.deskName(),
                    longDay(date, locale)));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return back(site, floor, date);
    }

    @PostMapping("/desks/presence/{id}/cancel")
    String cancelPresence(@PathVariable long id, @RequestParam long site, @RequestParam(required = false) @Nullable Long floor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            desks.cancel(new PresenceId(id), me);
            redirect.addFlashAttribute("notice", text("deskpage.presenceCancelled", locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return back(site, floor, date);
    }

    @PostMapping("/desks/bookings/{id}/cancel")
    String cancelDay(@PathVariable long id, @RequestParam(required = false) @Nullable Long site,
            @RequestParam(required = false) @Nullable Long floor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            BookingView cancelled = bookings.cancel(new CancelBooking(new BookingId(id), null), me);
            redirect.addFlashAttribute("notice", text("deskpage.cancelled", locale, cancelled.resourceName(),
                    cancelled.day() == null ? "" : longDay(cancelled.day(), locale)));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return back(site, floor, date);
    }

    @PostMapping("/desks/bookings/{id}/attendance")
    String answer(@PathVariable long id, @RequestParam boolean coming, @RequestParam(required = false) @Nullable Long site,
            @RequestParam(required = false) @Nullable Long floor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            confirmations.answer(new AnswerAttendance(new BookingId(id), coming), me);
            redirect.addFlashAttribute("notice", messages.getMessage(
                    coming ? "attendance.answered.yes" : "attendance.answered.no",
                    new Object[] {bookings.booking(new BookingId(id)).resourceName()}, locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return back(site, floor, date);
    }

    /** The floors shown (one, or all), each desk placed on the plan when both exist, else listed. */
    private List<Section> sections(SiteDesks siteDesks, List<FloorView> floors, @Nullable FloorView onFloor,
            Locale locale) {
        Map<ResourceId, ResourceView> resources = spaces.resourcesByIds(
                siteDesks.desks().stream().map(SiteDesks.Desk::id).toList());
        Map<@Nullable FloorId, List<SiteDesks.Desk>> byFloor = new LinkedHashMap<>();
        for (FloorView f : onFloor == null ? floors : List.of(onFloor)) {
            byFloor.put(f.id(), new ArrayList<>());
        }
        for (SiteDesks.Desk desk : siteDesks.desks()) {
            byFloor.computeIfAbsent(desk.floorId(), any -> new ArrayList<>()).add(desk);
        }
        List<Section> sections = new ArrayList<>();
        byFloor.forEach((floorId, onIt) -> {
            if (onIt.isEmpty()) {
                return;
            }
            FloorView f = floors.stream().filter(x -> x.id().equals(floorId)).findFirst().orElse(null);
            FloorPlan plan = f == null ? null : spaces.floorPlan(f.id()).orElse(null);
            List<PlanMarker> markers = new ArrayList<>();
            List<Spot> listed = new ArrayList<>();
            for (SiteDesks.Desk desk : onIt) {
                Spot spot = spot(desk, locale);
                ResourceView resource = resources.get(desk.id());
                PlanPosition position = resource == null ? null : resource.position();
                if (plan != null && position != null) {
                    markers.add(new PlanMarker(desk.id(), spot.label(), PlanMarker.caption(desk.name()), position,
                            spot.state(), desk.offer() == null ? null : "/desks/offers/" + desk.offer().value(),
                            spot.bookable()));
                } else {
                    listed.add(spot);
                }
            }
            sections.add(new Section(f, f == null ? text("deskpage.noFloor", locale) : f.name(), plan, markers, listed));
        });
        return sections;
    }

    private Spot spot(SiteDesks.Desk desk, Locale locale) {
        String holder = Objects.requireNonNullElse(desk.holderName(), "");
        String label = switch (desk.state()) {
            case FREE -> text("deskpage.label.free", locale, desk.name());
            case TAKEN -> desk.guestOf() != null
                    ? text("deskpage.label.takenGuest", locale, desk.name(), holder, desk.guestOf())
                    : text("deskpage.label.taken", locale, desk.name(), holder);
            case HELD -> text("deskpage.label.held", locale, desk.name());
            case MINE -> desk.offer() != null ? text("deskpage.label.offered", locale, desk.name())
                    : desk.guestOf() != null ? text("deskpage.label.mineGuest", locale, desk.name(), holder)
                    : text("deskpage.label.mine", locale, desk.name());
            case FIXED -> text("deskpage.label.fixed", locale, desk.name(), holder);
        };
        return new Spot(desk, desk.state().name().toLowerCase(Locale.ROOT), label, desk.state() == DeskState.FREE);
    }

    private List<DeskDay> myDays(CurrentUser me, Locale locale) {
        List<BookingView> days = desks.myDeskDays(me);
        Map<BookingId, AttendanceConfirmation> questions = confirmations.confirmations(days, me);
        Map<SiteId, String> siteNames = new HashMap<>();
        return days.stream().map(b -> {
            AttendanceConfirmation q = questions.get(b.id());
            return new DeskDay(b, b.day() == null ? "" : longDay(b.day(), locale),
                    siteNames.computeIfAbsent(b.siteId(), id -> spaces.site(id).name()),
                    q != null && q.state() == AttendanceConfirmation.State.ASKED,
                    q != null && q.state() == AttendanceConfirmation.State.COMING);
        }).toList();
    }

    private static @Nullable Guest guest(@Nullable String name, @Nullable String email) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return new Guest(name.strip(), email == null || email.isBlank() ? null : email.strip());
    }

    private String longDay(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage("format.longDay", null, "EEEE d MMMM", locale), locale)
                .format(day);
    }

    private String text(String key, Locale locale, @Nullable Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String back(@Nullable Long site, @Nullable Long floor, @Nullable LocalDate date) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/desks");
        if (site != null) {
            uri.queryParam("site", site);
        }
        if (floor != null) {
            uri.queryParam("floor", floor);
        }
        if (date != null) {
            uri.queryParam("date", date);
        }
        return "redirect:" + uri.toUriString();
    }
}
