package dev.allot.space.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import dev.allot.space.DailyHours;
import dev.allot.space.FloorDraft;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceQuery;
import dev.allot.space.SiteDraft;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's pages for sites: list, create, edit (with opening hours), delete, and a site's floors. */
@Controller
@RequestMapping("/admin/sites")
class SiteAdminPageController {

    /** Every IANA zone, sorted, for the time zone select. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private static final String ALWAYS = "always";
    private static final String WEEKLY = "weekly";

    private final Spaces spaces;
    private final AdminFormErrors errors;

    SiteAdminPageController(Spaces spaces, AdminFormErrors errors) {
        this.spaces = spaces;
        this.errors = errors;
    }

    /**
     * What the site form sends: opening hours as one row per weekday, Monday first ({@code opens}
     * and {@code closes} always seven entries, {@code closedDays} the days ticked as closed).
     */
    record SiteForm(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 300) @Nullable String address,
            @NotBlank @Size(max = 64) String timeZone,
            @Nullable String hours,
            @Nullable List<DayOfWeek> closedDays,
            @Nullable List<String> opens,
            @Nullable List<String> closes) {

        static SiteForm of(SiteView site) {
            Map<DayOfWeek, DailyHours> byDay = new EnumMap<>(DayOfWeek.class);
            site.openingHours().days().forEach(day -> byDay.put(day.day(), day));
            List<String> opens = new ArrayList<>();
            List<String> closes = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                DailyHours hours = byDay.get(day);
                opens.add(hours == null ? "08:00" : hours.opens().toString());
                closes.add(hours == null ? "18:00" : hours.closes().toString());
            }
            List<DayOfWeek> closed = java.util.Arrays.stream(DayOfWeek.values())
                    .filter(day -> !site.openingHours().alwaysOpen() && !byDay.containsKey(day)).toList();
            return new SiteForm(site.name(), site.address(), site.timeZone().getId(),
                    site.openingHours().alwaysOpen() ? ALWAYS : WEEKLY, closed, opens, closes);
        }

        static SiteForm blank() {
            return new SiteForm("", "", ZoneId.systemDefault().getId(), WEEKLY,
                    List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                    List.of("08:00", "08:00", "08:00", "08:00", "08:00", "08:00", "08:00"),
                    List.of("18:00", "18:00", "18:00", "18:00", "18:00", "18:00", "18:00"));
        }

        public boolean weekly() {
            return WEEKLY.equals(hours);
        }

        public boolean open(DayOfWeek day) {
            return closedDays == null || !closedDays.contains(day);
        }

        public String opensOn(DayOfWeek day) {
            return entry(opens, day);
        }

        public String closesOn(DayOfWeek day) {
            return entry(closes, day);
        }

        private static String entry(@Nullable List<String> values, DayOfWeek day) {
            int index = day.getValue() - 1;
            return values == null || values.size() <= index || values.get(index) == null ? "" : values.get(index).strip();
        }
    }

    /** One weekday's row in the form. */
    record DayRow(DayOfWeek day, String label, boolean open, String opens, String closes) {}

    record FloorForm(@NotBlank @Size(max = 80) String name, @NotNull @Min(-20) @Max(300) Integer level) {}

    /** A site in the list, with how many resources and floors it has. */
    record SiteRow(SiteView site, long resources, int floors, String hours) {}

    @GetMapping
    String list(Model model, Locale locale) {
        List<SiteRow> rows = spaces.sites().stream().map(site -> new SiteRow(site,
                spaces.search(new ResourceQuery(null, site.id(), null, null, java.util.Set.of(), null, null, true),
                        new dev.allot.platform.PageRequest(0, 1)).total(),
                spaces.floors(site.id()).size(), hoursSummary(site.openingHours(), locale))).toList();
        model.addAttribute("sites", rows);
        return "admin/sites";
    }

    @GetMapping("/new")
    String createForm(Model model, Locale locale) {
        return form(model, SiteForm.blank(), null, Map.of(), locale);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") SiteForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser me) {
        Map<String, String> problems = new LinkedHashMap<>(errors.of(binding, locale));
        SiteDraft draft = draft(form, problems, locale);
        if (problems.isEmpty()) {
            try {
                SiteView site = spaces.createSite(draft, me);
                redirect.addFlashAttribute("notice", errors.text("admin.site.created", locale, site.name()));
                return "redirect:/admin/sites/" + site.id();
            } catch (ProblemException e) {
                problems.putAll(errors.of(e, locale));
            }
        }
        return form(model, form, null, problems, locale);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        SiteView site = spaces.site(new SiteId(id));
        return form(model, SiteForm.of(site), site, Map.of(), locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SiteForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser me) {
        SiteView site = spaces.site(new SiteId(id));
        Map<String, String> problems = new LinkedHashMap<>(errors.of(binding, locale));
        SiteDraft draft = draft(form, problems, locale);
        if (problems.isEmpty()) {
            try {
                SiteView saved = spaces.updateSite(site.id(), draft, me);
                redirect.addFlashAttribute("notice", errors.text("admin.site.saved", locale, saved.name()));
                return "redirect:/admin/sites/" + id;
            } catch (ProblemException e) {
                problems.putAll(errors.of(e, locale));
            }
        }
        return form(model, form, site, problems, locale);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Locale locale, RedirectAttributes redirect,
            @AuthenticationPrincipal CurrentUser me) {
        SiteView site = spaces.site(new SiteId(id));
        try {
            spaces.deleteSite(site.id(), me);
            redirect.addFlashAttribute("notice", errors.text("admin.site.deleted", locale, site.name()));
            return "redirect:/admin/sites";
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", errors.describe(e, locale));
            return "redirect:/admin/sites/" + id;
        }
    }

    @PostMapping("/{id}/floors")
    String addFloor(@PathVariable long id, @Valid @ModelAttribute("floor") FloorForm floor, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser me) {
        SiteView site = spaces.site(new SiteId(id));
        Map<String, String> problems = new LinkedHashMap<>(errors.of(binding, locale));
        if (problems.isEmpty()) {
            try {
                spaces.createFloor(site.id(), new FloorDraft(floor.name().strip(), floor.level()), me);
                redirect.addFlashAttribute("notice", errors.text("admin.floor.added", locale, floor.name().strip()));
                return "redirect:/admin/sites/" + id + "#floors";
            } catch (ProblemException e) {
                problems.putAll(errors.of(e, locale));
            }
        }
        model.addAttribute("floorErrors", problems);
        return form(model, SiteForm.of(site), site, Map.of(), locale);
    }

    private String form(Model model, SiteForm form, @Nullable SiteView site, Map<String, String> problems,
            Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("site", site);
        model.addAttribute("errors", problems);
        model.addAttribute("zones", ZONES);
        model.addAttribute("days", java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new DayRow(day, label(day, locale), form.open(day), form.opensOn(day), form.closesOn(day)))
                .toList());
        if (site != null) {
            List<dev.allot.space.FloorView> floors = spaces.floors(site.id());
            model.addAttribute("floors", floors);
            model.addAttribute("floorsWithPlan", floors.stream()
                    .filter(floor -> spaces.floorPlan(floor.id()).isPresent())
                    .map(dev.allot.space.FloorView::id)
                    .collect(java.util.stream.Collectors.toSet()));
            if (!model.containsAttribute("floor")) {
                model.addAttribute("floor", new FloorForm("", 0));
            }
            if (!model.containsAttribute("floorErrors")) {
                model.addAttribute("floorErrors", Map.of());
            }
        }
        return "admin/site-form";
    }

    /**
     * The draft for the domain, or null with {@code problems} filled: this only reads the form
     * (times that are not times, an open day without hours); the domain judges the hours themselves.
     */
    private @Nullable SiteDraft draft(SiteForm form, Map<String, String> problems, Locale locale) {
        List<DailyHours> days = new ArrayList<>();
        if (form.weekly()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (!form.open(day)) {
                    continue;
                }
                try {
                    days.add(new DailyHours(day, LocalTime.parse(form.opensOn(day)), LocalTime.parse(form.closesOn(day))));
                } catch (DateTimeParseException e) {
                    problems.putIfAbsent("openingHours",
                            errors.text("admin.site.hours.time-missing", locale, label(day, locale)));
                }
            }
            if (days.isEmpty() && !problems.containsKey("openingHours")) {
                problems.put("openingHours", errors.text("admin.site.hours.none-open", locale));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        String address = form.address() == null || form.address().isBlank() ? null : form.address().strip();
        return new SiteDraft(form.name().strip(), address, form.timeZone().strip(), new OpeningHours(days));
    }

    static String label(DayOfWeek day, Locale locale) {
        String name = day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private String hoursSummary(OpeningHours hours, Locale locale) {
        if (hours.alwaysOpen()) {
            return errors.text("admin.site.hours.always", locale);
        }
        return String.join(", ", hours.days().stream()
                .map(day -> day.day().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + day.opens() + "–"
                        + day.closes())
                .toList());
    }
}
