package dev.allot.space.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.FloorId;
import dev.allot.space.FloorView;
import dev.allot.space.ResourceDraft;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourcePhoto;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's pages for resources: a filtered list, create and edit, delete (or deactivate when
 * bookings keep it), and the photo upload.
 */
@Controller
@RequestMapping("/admin/resources")
class ResourceAdminPageController {

    /** Tags offered as checkboxes even before any resource has them. */
    static final List<String> COMMON_AMENITIES = List.of("projector", "screen", "whiteboard", "video-conference",
            "phone", "monitor", "docking-station", "standing-desk", "window", "wheelchair-access");
    private static final int PAGE_SIZE = 50;

    private final Spaces spaces;
    private final AdminFormErrors errors;

    ResourceAdminPageController(Spaces spaces, AdminFormErrors errors) {
        this.spaces = spaces;
        this.errors = errors;
    }

    /**
     * What the resource form sends: amenities ticked in {@code amenities}, new ones typed into
     * {@code moreAmenities}, separated by commas.
     */
    record ResourceForm(
            @NotNull Long siteId,
            @Nullable Long floorId,
            @NotNull ResourceKind kind,
            @NotBlank @Size(max = 120) String name,
            @NotNull @Min(1) @Max(10_000) Integer capacity,
            @Nullable Set<String> amenities,
            @Size(max = 600) @Nullable String moreAmenities,
            @Size(max = 2000) @Nullable String description,
            @Nullable Boolean active,
            @Nullable Boolean requiresApproval) {

        static ResourceForm of(ResourceView resource) {
            return new ResourceForm(resource.siteId().value(),
                    resource.floorId() == null ? null : resource.floorId().value(), resource.kind(), resource.name(),
                    resource.capacity(), resource.amenities(), "", resource.description(), resource.active(),
                    resource.requiresApproval());
        }

        static ResourceForm blank(@Nullable Long siteId) {
            return new ResourceForm(siteId, null, ResourceKind.ROOM, "", 1, Set.of(), "", "", true, false);
        }

        public Set<String> allAmenities() {
            Set<String> all = new TreeSet<>(amenities == null ? Set.of() : amenities);
            if (moreAmenities != null) {
                for (String typed : moreAmenities.split(",")) {
                    String tag = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
                    if (!tag.isEmpty()) {
                        all.add(tag);
                    }
                }
            }
            return all;
        }

        public boolean has(String amenity) {
            return amenities != null && amenities.contains(amenity);
        }

        ResourceDraft draft(@Nullable String photoUrl) {
            String text = description == null || description.isBlank() ? null : description.strip();
            return new ResourceDraft(new SiteId(siteId), floorId == null ? null : new FloorId(floorId), kind,
                    name.strip(), capacity, allAmenities(), text, photoUrl, Boolean.TRUE.equals(active),
                    Boolean.TRUE.equals(requiresApproval));
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable ResourceKind kind,
            @RequestParam(defaultValue = "0") int page, Model model) {
        SiteId site = siteId == null ? null : new SiteId(siteId);
        Page<ResourceView> resources = spaces.search(
                new ResourceQuery(kind, site, null, null, Set.of(), null, null, true),
                new PageRequest(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("resources", resources);
        model.addAttribute("sites", spaces.sites());
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("siteId", siteId);
        model.addAttribute("kind", kind);
        model.addAttribute("base", "/admin/resources" + query(siteId, kind));
        return "admin/resources";
    }

    private static String query(@Nullable Long siteId, @Nullable ResourceKind kind) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath("")
                .queryParamIfPresent("siteId", java.util.Optional.ofNullable(siteId))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
                .toUriString();
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        List<SiteView> sites = spaces.sites();
        Long site = siteId != null ? siteId : sites.isEmpty() ? null : sites.getFirst().id().value();
        return form(model, ResourceForm.blank(site), null, Map.of());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ResourceForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser me) {
        Map<String, String> problems = new LinkedHashMap<>(errors.of(binding, locale));
        if (problems.isEmpty()) {
            try {
                ResourceView created = spaces.createResource(form.draft(null), me);
                redirect.addFlashAttribute("notice", errors.text("admin.resource.created", locale, created.name()));
                return "redirect:/admin/resources/" + created.id();
            } catch (ProblemException e) {
                problems.putAll(resourceProblems(e, locale));
            }
        }
        return form(model, form, null, problems);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        ResourceView resource = spaces.resource(new ResourceId(id));
        return form(model, ResourceForm.of(resource), resource, Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ResourceForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser me) {
        ResourceView resource = spaces.resource(new ResourceId(id));
        Map<String, String> problems = new LinkedHashMap<>(errors.of(binding, locale));
        if (problems.isEmpty()) {
            try {
                // The form has no position: it stays while the resource stays on its floor's plan.
                boolean sameFloor = resource.floorId() != null && form.floorId() != null
                        && resource.floorId().value() == form.floorId();
                ResourceView saved = spaces.updateResource(resource.id(),
                        form.draft(resource.photoUrl()).withPosition(sameFloor ? resource.position() : null), me);
                redirect.addFlashAttribute("notice", errors.text("admin.resource.saved", locale, saved.name()));
                return "redirect:/admin/resources/" + id;
            } catch (ProblemException e) {
                problems.putAll(resourceProblems(e, locale));
            }
        }
        return form(model, form, resource, problems);
    }

    /**
     * The floor options of a site, for the form's floor select when the site changes (htmx); the
     * floor chosen so far stays chosen if it is on that site.
     */
    @GetMapping("/floor-options")
    String floorOptions(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Long floorId, Model model) {
        model.addAttribute("floors", siteId == null ? List.of() : floorsOf(siteId));
        model.addAttribute("selectedFloor", floorId);
        return "admin/resource-form :: floor-options";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Locale locale, RedirectAttributes redirect,
            @AuthenticationPrincipal CurrentUser me) {
        ResourceView resource = spaces.resource(new ResourceId(id));
        try {
            spaces.deleteResource(resource.id(), me);
            redirect.addFlashAttribute("notice", errors.text("admin.resource.deleted", locale, resource.name()));
            return "redirect:/admin/resources";
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", errors.describe(e, locale));
            redirect.addFlashAttribute("offerDeactivation", "resource-in-use".equals(e.type()) && resource.active());
            return "redirect:/admin/resources/" + id;
        }
    }

    /** What a resource that cannot be deleted (its bookings stay as history) gets instead. */
    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, Locale locale, RedirectAttributes redirect,
            @AuthenticationPrincipal CurrentUser me) {
        ResourceView resource = spaces.resource(new ResourceId(id));
        spaces.updateResource(resource.id(), new ResourceDraft(resource.siteId(), resource.floorId(), resource.kind(),
                resource.name(), resource.capacity(), resource.amenities(), resource.description(),
                resource.photoUrl(), false, resource.requiresApproval()), me);
        redirect.addFlashAttribute("notice", errors.text("admin.resource.deactivated", locale, resource.name()));
        return "redirect:/admin/resources/" + id;
    }

    /** The photo upload; a file over the servlet's upload limit never gets here (see {@link PhotoUploadLimitFilter}). */
    @PostMapping("/{id}/photo")
    String uploadPhoto(@PathVariable long id, @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            Locale locale, RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser me) {
        ResourceView resource = spaces.resource(new ResourceId(id));
        try {
            byte[] bytes = photo == null ? new byte[0] : photo.getBytes();
            spaces.savePhoto(resource.id(), bytes, me);
            redirect.addFlashAttribute("notice", errors.text("admin.photo.saved", locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("photoError", errors.describe(e, locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/admin/resources/" + id + "#photo";
    }

    @PostMapping("/{id}/photo/delete")
    String removePhoto(@PathVariable long id, Locale locale, RedirectAttributes redirect,
            @AuthenticationPrincipal CurrentUser me) {
        spaces.removePhoto(spaces.resource(new ResourceId(id)).id(), me);
        redirect.addFlashAttribute("notice", errors.text("admin.photo.removed", locale));
        return "redirect:/admin/resources/" + id + "#photo";
    }

    /** The domain names its own fields; the form shows typed amenities next to the free-text box. */
    private Map<String, String> resourceProblems(ProblemException e, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        errors.of(e, locale).forEach((field, message) ->
                problems.put("amenities".equals(field) ? "moreAmenities" : field, message));
        return problems;
    }

    private String form(Model model, ResourceForm form, @Nullable ResourceView resource, Map<String, String> problems) {
        List<SiteView> sites = spaces.sites();
        model.addAttribute("form", form);
        model.addAttribute("resource", resource);
        model.addAttribute("errors", problems);
        model.addAttribute("sites", sites);
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("floors", form.siteId() == null ? List.of() : floorsOf(form.siteId()));
        model.addAttribute("selectedFloor", form.floorId());
        Set<String> amenities = new LinkedHashSet<>(COMMON_AMENITIES);
        amenities.addAll(spaces.amenityTags());
        if (form.amenities() != null) {
            amenities.addAll(form.amenities());
        }
        model.addAttribute("amenityChoices", amenities);
        if (resource != null) {
            String url = resource.photoUrl();
            model.addAttribute("hasPhoto", url != null && url.startsWith("/resources/" + resource.id() + "/photo"));
            model.addAttribute("maxPhotoMegabytes", ResourcePhoto.MAX_BYTES / (1024 * 1024));
        }
        return "admin/resource-form";
    }

    private List<FloorView> floorsOf(long siteId) {
        try {
            return spaces.floors(new SiteId(siteId));
        } catch (ProblemException unknownSite) {
            return List.of();
        }
    }
}
