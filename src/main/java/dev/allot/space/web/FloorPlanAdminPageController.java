package dev.allot.space.web;

import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import dev.allot.space.FloorId;
import dev.allot.space.FloorPlan;
import dev.allot.space.FloorView;
import dev.allot.space.PlanMarker;
import dev.allot.space.PlanPosition;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's page for a floor's plan: upload or replace the image, and place the floor's rooms and
 * desks on it. Placing works as a plain form (the position typed in per cent); the page's script
 * fills the form from a click on the plan and sends it without reloading the page.
 */
@Controller
@RequestMapping("/admin/floors/{id}/plan")
class FloorPlanAdminPageController {

    /** What can be placed: things with a place of their own on a floor. */
    static final Set<ResourceKind> PLACED_KINDS = Set.of(ResourceKind.ROOM, ResourceKind.DESK);

    private final Spaces spaces;
    private final AdminFormErrors errors;

    FloorPlanAdminPageController(Spaces spaces, AdminFormErrors errors) {
        this.spaces = spaces;
        this.errors = errors;
    }

    /** A resource in the page's list: whether it is placed, and where (per cent, for the form). */
    record Placeable(ResourceView resource, boolean placed, String x, String y, String caption, String label) {

        static Placeable of(ResourceView resource, String label) {
            PlanPosition position = resource.position();
            return new Placeable(resource, position != null,
                    position == null ? "" : percent(position.x()), position == null ? "" : percent(position.y()),
                    PlanMarker.caption(resource.name()), label);
        }
    }

    @GetMapping
    String page(@PathVariable long id, @RequestParam(required = false) @Nullable Long resource, Model model,
            Locale locale) {
        FloorView floor = spaces.floor(new FloorId(id));
        SiteView site = spaces.site(floor.siteId());
        FloorPlan plan = spaces.floorPlan(floor.id()).orElse(null);
        List<ResourceView> resources = placeable(floor);
        Long selected = resource != null && resources.stream().anyMatch(r -> r.id().value() == resource) ? resource
                : resources.stream().filter(r -> r.position() == null).findFirst()
                        .or(() -> resources.stream().findFirst()).map(r -> r.id().value()).orElse(null);
        model.addAttribute("floor", floor);
        model.addAttribute("site", site);
        model.addAttribute("plan", plan);
        List<Placeable> rows = resources.stream().map(r -> Placeable.of(r, label(r, locale))).toList();
        Placeable current = rows.stream().filter(r -> selected != null && r.resource().id().value() == selected)
                .findFirst().orElse(null);
        model.addAttribute("resources", rows);
        model.addAttribute("selected", selected);
        model.addAttribute("selectedX", current == null ? "" : current.x());
        model.addAttribute("selectedY", current == null ? "" : current.y());
        model.addAttribute("placedCount", resources.stream().filter(r -> r.position() != null).count());
        model.addAttribute("markers", resources.stream()
                .filter(r -> r.position() != null)
                .map(r -> marker(r, selected, locale))
                .toList());
        model.addAttribute("maxPlanMegabytes", FloorPlan.MAX_BYTES / (1024 * 1024));
        return "admin/floor-plan";
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam(name = "plan", required = false) @Nullable MultipartFile file,
            Locale locale, RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser me) {
        FloorView floor = spaces.floor(new FloorId(id));
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            spaces.saveFloorPlan(floor.id(), bytes, me);
            redirect.addFlashAttribute("notice", errors.text("plans.saved", locale, floor.name()));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("planError", planProblem(e, locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/admin/floors/" + id + "/plan";
    }

    @PostMapping("/delete")
    String remove(@PathVariable long id, Locale locale, RedirectAttributes redirect,
            @AuthenticationPrincipal CurrentUser me) {
        FloorView floor = spaces.floor(new FloorId(id));
        if (spaces.floorPlan(floor.id()).isPresent()) {
            spaces.removeFloorPlan(floor.id(), me);
        }
        redirect.addFlashAttribute("notice", errors.text("plans.removed", locale, floor.name()));
        return "redirect:/admin/floors/" + id + "/plan";
    }

    /**
     * Places one resource ({@code x}, {@code y} in per cent of the plan), or takes it off the plan
     * with {@code remove}. The page's script asks for JSON and gets the position or the refusal;
     * a plain form is redirected back with a notice.
     */
    @PostMapping("/place")
    Object place(@PathVariable long id, @RequestParam(required = false) @Nullable Long resourceId,
            @RequestParam(required = false) @Nullable String x, @RequestParam(required = false) @Nullable String y,
            @RequestParam(required = false) @Nullable String remove,
            @RequestParam(name = "format", required = false) @Nullable String format, Locale locale,
            RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser me) {
        FloorView floor = spaces.floor(new FloorId(id));
        boolean json = "json".equals(format);
        ResourceView resource = resourceId == null ? null : placeable(floor).stream()
                .filter(r -> r.id().value() == resourceId).findFirst().orElse(null);
        String problem = null;
        if (resource == null) {
            problem = errors.text("plans.place.choose", locale);
        } else {
            try {
                PlanPosition position = remove != null ? null : position(x, y, locale);
                resource = spaces.placeResource(resource.id(), position, me);
            } catch (ProblemException e) {
                problem = e.type().equals("invalid-request") && e.getMessage().startsWith("position")
                        ? errors.text("plans.place.out-of-range", locale) : errors.describe(e, locale);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        if (json) {
            Map<String, @Nullable Object> body = new LinkedHashMap<>();
            if (problem != null) {
                body.put("error", problem);
                return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_JSON)
                        .body(body);
            }
            PlanPosition at = resource.position();
            body.put("resourceId", resource.id().value());
            body.put("x", at == null ? null : at.x());
            body.put("y", at == null ? null : at.y());
            body.put("message", errors.text(at == null ? "plans.place.removed" : "plans.place.saved", locale,
                    resource.name()));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        if (problem != null) {
            redirect.addFlashAttribute("placeError", problem);
        } else {
            redirect.addFlashAttribute("notice", errors.text(resource.position() == null
                    ? "plans.place.removed" : "plans.place.saved", locale, resource.name()));
        }
        return "redirect:/admin/floors/" + id + "/plan" + (resourceId == null ? "" : "?resource=" + resourceId)
                + "#placing";
    }

    /** Per cent as typed into the form (a comma is a decimal point too); fractions for the domain. */
    private PlanPosition position(@Nullable String x, @Nullable String y, Locale locale) {
        return new PlanPosition(percentOf(x, locale) / 100, percentOf(y, locale) / 100);
    }

    private double percentOf(@Nullable String typed, Locale locale) {
        try {
            if (typed == null || typed.isBlank()) {
                throw new NumberFormatException();
            }
            return Double.parseDouble(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(errors.text("plans.place.out-of-range", locale));
        }
    }

    private List<ResourceView> placeable(FloorView floor) {
        return spaces.searchAll(new ResourceQuery(null, floor.siteId(), floor.id(), null, Set.of(), null, null, true))
                .stream()
                .filter(r -> PLACED_KINDS.contains(r.kind()))
                .sorted(Comparator.comparing((ResourceView r) -> r.kind() != ResourceKind.ROOM)
                        .thenComparing(ResourceView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** A marker's accessible name: the resource and what it is, "Desk 3-002 · desk". */
    private String label(ResourceView resource, Locale locale) {
        return resource.name() + " · " + errors.text("plans.kind." + resource.kind().name(), locale);
    }

    private PlanMarker marker(ResourceView resource, @Nullable Long selected, Locale locale) {
        return new PlanMarker(resource.id(), label(resource, locale), PlanMarker.caption(resource.name()),
                resource.position(), "placed " + resource.kind().name().toLowerCase(Locale.ROOT)
                        + (selected != null && selected == resource.id().value() ? " selected" : ""),
                null, false);
    }

    private String planProblem(ProblemException e, Locale locale) {
        return switch (e.type()) {
            case "plan-too-large" -> errors.text("plans.too-large", locale, FloorPlan.MAX_BYTES / (1024 * 1024));
            case "plan-not-an-image" -> errors.text("plans.not-an-image", locale);
            case "plan-unsafe" -> errors.text("plans.unsafe", locale);
            case "plan-unreadable" -> errors.text("plans.unreadable", locale);
            case "invalid-request" -> errors.text("plans.choose-file", locale);
            default -> errors.describe(e, locale);
        };
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f", fraction * 100);
    }
}
