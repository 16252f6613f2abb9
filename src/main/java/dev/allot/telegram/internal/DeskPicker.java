package dev.allot.telegram.internal;

import dev.allot.booking.DeskState;
import dev.allot.booking.Desks;
import dev.allot.booking.SiteDay;
import dev.allot.booking.SiteDesks;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.space.FloorId;
import dev.allot.space.FloorPlanImage;
import dev.allot.space.FloorView;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import dev.allot.platform.ProblemException;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The screens the desk flows share (/book and /guest): the site to book at, the days from today to
 * the desk horizon in the site's zone, and the free desks of a day, a floor at a time and
 * {@link #PAGE} to a page, with the floor's plan as a picture where it has one. Buttons carry the
 * calling flow's name: {@code s:site}, {@code d:site:day}, {@code p:site:day:page},
 * {@code k:desk:day}, {@code w:site:day:wait}.
 */
@Component
@OnTelegram
class DeskPicker {

    static final int PAGE = 8;

    private final Desks desks;
    private final Spaces spaces;
    private final Identity identity;
    private final PlanPicture pictures;
    private final Clock clock;

    DeskPicker(Desks desks, Spaces spaces, Identity identity, PlanPicture pictures, Clock clock) {
        this.desks = desks;
        this.spaces = spaces;
        this.identity = identity;
        this.pictures = pictures;
        this.clock = clock;
    }

    /** The person's home site, if they have one that still exists. */
    Optional<SiteView> homeSite(CurrentUser me) {
        Long home = me.homeSiteId();
        if (home == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(spaces.site(new SiteId(home)));
        } catch (ProblemException gone) {
            return Optional.empty();
        }
    }

    /** Asks which site, for a person without a home site. */
    Screen sites(Chat chat, String flow) {
        List<Keyboard.Key> keys = spaces.sites().stream()
                .sorted(Comparator.comparing(SiteView::name))
                .map(site -> Keyboard.Key.of(site.name(), Press.data(flow, "s", site.id().value())))
                .toList();
        if (keys.isEmpty()) {
            return Screen.of(chat.t("telegram.desks.no-sites"), Keyboard.builder().row(MenuFlow.home(chat)).build());
        }
        return Screen.of(chat.t("telegram.desks.pick-site"),
                Keyboard.builder().grid(keys, 2).row(MenuFlow.home(chat)).build());
    }

    /** The site picked on {@link #sites}: remembered as the person's home site. */
    SiteView pickSite(Chat chat, Press press) {
        SiteView site = site(press.longArg(0));
        CurrentUser me = chat.me();
        identity.updatePreferences(me.id(), me.locale(), site.id().value());
        return site;
    }

    /** The site a button names; a site deleted since is a stale button. */
    SiteView site(long id) {
        try {
            return spaces.site(new SiteId(id));
        } catch (ProblemException gone) {
            throw new Press.Stale("no site " + id);
        }
    }

    LocalDate today(SiteView site) {
        return SiteDay.today(clock, site.timeZone()).date();
    }

    /** The days from today to the horizon, three to a row; weekends and closed days marked. */
    Screen days(Chat chat, String flow, SiteView site, String title, @Nullable String note) {
        LocalDate today = today(site);
        List<Keyboard.Key> keys = new ArrayList<>();
        for (LocalDate day = today; !day.isAfter(today.plusDays(desks.horizonDays())); day = day.plusDays(1)) {
            keys.add(Keyboard.Key.of(dayLabel(chat, site, day), Press.data(flow, "d", site.id().value(), day)));
        }
        String text = (note == null ? "" : note + "\n\n") + title + "\n" + chat.t("telegram.desks.site", site.name(),
                site.timeZone().getId());
        return Screen.of(text, Keyboard.builder().grid(keys, 3).row(MenuFlow.home(chat)).build());
    }

    private String dayLabel(Chat chat, SiteView site, LocalDate day) {
        String label = format(chat, day);
        if (!open(site, day)) {
            return chat.t("telegram.desks.day.closed", label);
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return chat.t("telegram.desks.day.weekend", label);
        }
        return label;
    }

    static boolean open(SiteView site, LocalDate day) {
        return site.openingHours().alwaysOpen()
                || site.openingHours().days().stream().anyMatch(hours -> hours.day() == day.getDayOfWeek());
    }

    /** "Thu 3 Dec" in the person's language. */
    static String format(Chat chat, LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("EEE d MMM", chat.locale()));
    }

    /** What the day keyboard's button of a day leads to, before the desks: empty when the day can be booked. */
    Optional<Screen> notBookable(Chat chat, String flow, SiteView site, LocalDate day, String title) {
        LocalDate today = today(site);
        if (day.isBefore(today)) {
            return Optional.of(days(chat, flow, site, title, chat.t("telegram.desks.day.over", format(chat, day))));
        }
        if (day.isAfter(today.plusDays(desks.horizonDays()))) {
            throw new Press.Stale("beyond the horizon: " + day);
        }
        if (!open(site, day)) {
            return Optional.of(days(chat, flow, site, title, chat.t("telegram.desks.closed", site.name(), format(chat, day))));
        }
        return Optional.empty();
    }

    /** The site's desks that day for the person. */
    SiteDesks state(Chat chat, SiteView site, LocalDate day) {
        return desks.desks(site.id(), day, null, chat.me());
    }

    /**
     * The free desks of a day, page {@code page} (each page is one floor's, at most {@link #PAGE});
     * when none is free, the office is full: {@code full} holds the buttons to be there without one.
     *
     * @param withoutDesk a button to be there without a desk even when desks are free (guests)
     */
    Screen desks(Chat chat, String flow, SiteView site, LocalDate day, int page, String title, @Nullable String note,
            boolean withoutDesk) {
        SiteDesks all = state(chat, site, day);
        String head = (note == null ? "" : note + "\n\n") + title + "\n"
                + chat.t("telegram.desks.day", site.name(), format(chat, day));
        Keyboard.Key back = Keyboard.Key.of(chat.t("telegram.desks.other-day"), Press.data(flow, "days", site.id().value()));
        List<List<SiteDesks.Desk>> pages = pages(site, all);
        if (pages.isEmpty()) {
            return Screen.of(head + "\n\n" + chat.t("telegram.desks.full"), Keyboard.builder()
                    .row(Keyboard.Key.of(chat.t("telegram.desks.wait"), Press.data(flow, "w", site.id().value(), day, 1)))
                    .row(Keyboard.Key.of(chat.t("telegram.desks.anyway"), Press.data(flow, "w", site.id().value(), day, 0)))
                    .row(back)
                    .row(MenuFlow.home(chat))
                    .build());
        }
        int index = Math.max(0, Math.min(page, pages.size() - 1));
        List<SiteDesks.Desk> shown = pages.get(index);
        @Nullable FloorId floor = shown.getFirst().floorId();
        String floorName = shown.getFirst().floorName() == null ? chat.t("telegram.desks.no-floor") : shown.getFirst().floorName();
        List<Keyboard.Key> keys = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            keys.add(Keyboard.Key.of((i + 1) + " · " + shown.get(i).name(), Press.data(flow, "k", shown.get(i).id().value(), day)));
        }
        Keyboard.Builder keyboard = Keyboard.builder().grid(keys, 2);
        List<Keyboard.Key> paging = new ArrayList<>();
        if (index > 0) {
            paging.add(Keyboard.Key.of("◀", Press.data(flow, "p", site.id().value(), day, index - 1)));
        }
        if (index < pages.size() - 1) {
            paging.add(Keyboard.Key.of("▶", Press.data(flow, "p", site.id().value(), day, index + 1)));
        }
        keyboard.row(paging.toArray(Keyboard.Key[]::new));
        if (withoutDesk) {
            keyboard.row(Keyboard.Key.of(chat.t("telegram.desks.anyway"), Press.data(flow, "w", site.id().value(), day, 0)));
        }
        keyboard.row(back).row(MenuFlow.home(chat));
        String text = head + "\n" + chat.t("telegram.desks.free", all.free(), floorName, index + 1, pages.size());
        Optional<byte[]> picture = floor == null ? Optional.empty() : picture(floor, shown);
        return picture.map(png -> Screen.photo(png, text, keyboard.build()))
                .orElseGet(() -> Screen.of(text, keyboard.build()));
    }

    /** Free desks by floor (lowest level first), then name; a floor's desks split into pages. */
    private List<List<SiteDesks.Desk>> pages(SiteView site, SiteDesks all) {
        Map<FloorId, Integer> levels = spaces.floors(site.id()).stream()
                .collect(Collectors.toMap(FloorView::id, FloorView::level, (a, b) -> a));
        Map<Optional<FloorId>, List<SiteDesks.Desk>> byFloor = all.desks().stream()
                .filter(desk -> desk.state() == DeskState.FREE)
                .collect(Collectors.groupingBy(desk -> Optional.ofNullable(desk.floorId())));
        List<List<SiteDesks.Desk>> pages = new ArrayList<>();
        byFloor.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Optional<FloorId>, List<SiteDesks.Desk>> e) ->
                                e.getKey().map(id -> levels.getOrDefault(id, 0)).orElse(Integer.MAX_VALUE))
                        .thenComparing(e -> e.getKey().map(FloorId::value).orElse(Long.MAX_VALUE)))
                .forEach(entry -> {
                    List<SiteDesks.Desk> floorDesks = entry.getValue().stream()
                            .sorted(Comparator.comparing(SiteDesks.Desk::name, DeskPicker::natural)).toList();
                    for (int i = 0; i < floorDesks.size(); i += PAGE) {
                        pages.add(floorDesks.subList(i, Math.min(floorDesks.size(), i + PAGE)));
                    }
                });
        return pages;
    }

    /** "Desk 2" before "Desk 10". */
    private static int natural(String a, String b) {
        String da = a.replaceAll("\\D+", "");
        String db = b.replaceAll("\\D+", "");
        String pa = a.replaceAll("\\d+", "");
        String pb = b.replaceAll("\\d+", "");
        if (pa.equals(pb) && !da.isEmpty() && !db.isEmpty() && da.length() < 18 && db.length() < 18) {
            return Long.compare(Long.parseLong(da), Long.parseLong(db));
        }
        return a.compareTo(b);
    }

    private Optional<byte[]> picture(FloorId floor, List<SiteDesks.Desk> shown) {
        Optional<FloorPlanImage> plan = spaces.floorPlanImage(floor);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        Map<ResourceId, ResourceView> placed = spaces.resourcesByIds(shown.stream().map(SiteDesks.Desk::id).toList());
        List<PlanPicture.Marker> markers = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            ResourceView desk = placed.get(shown.get(i).id());
            if (desk != null && desk.position() != null) {
                markers.add(new PlanPicture.Marker(i + 1, desk.position()));
            }
        }
        if (markers.isEmpty()) {
            return Optional.empty();
        }
        return pictures.draw(plan.get(), markers);
    }

    /** A desk, for a button that names it; stale when it is gone. */
    ResourceView desk(long id) {
        return spaces.findResource(new ResourceId(id)).orElseThrow(() -> new Press.Stale("no desk " + id));
    }

    /** Who holds a desk that day, as the desks list shows it (a guest with their host), if anyone. */
    Optional<String> holder(Chat chat, SiteView site, LocalDate day, ResourceId desk) {
        return state(chat, site, day).desks().stream()
                .filter(d -> d.id().equals(desk))
                .findFirst()
                .flatMap(d -> Optional.ofNullable(d.holderName())
                        .map(name -> d.guestOf() == null ? name : chat.t("telegram.desks.guest-of", name, d.guestOf())));
    }
}
