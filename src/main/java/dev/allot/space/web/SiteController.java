package dev.allot.space.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import dev.allot.identity.CurrentUser;
import dev.allot.space.DailyHours;
import dev.allot.space.FloorDraft;
import dev.allot.space.FloorPlan;
import dev.allot.space.FloorView;
import dev.allot.space.OpeningHours;
import dev.allot.space.SiteDraft;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sites")
@Tag(name = "Sites and floors")
class SiteController {

    private final Spaces spaces;

    SiteController(Spaces spaces) {
        this.spaces = spaces;
    }

    record HoursRequest(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {}

    record SiteRequest(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 300) @Nullable String address,
            @NotBlank @Size(max = 64) String timeZone,
            @Size(max = 7) @Nullable List<@Valid @NotNull HoursRequest> openingHours) {

        SiteDraft draft() {
            List<DailyHours> days = openingHours == null ? List.of()
                    : openingHours.stream().map(h -> new DailyHours(h.day(), h.opens(), h.closes())).toList();
            return new SiteDraft(name.strip(), address, timeZone.strip(), new OpeningHours(days));
        }
    }

    record HoursResponse(DayOfWeek day, String opens, String closes) {}

    record SiteResponse(long id, String name, @Nullable String address, String timeZone,
            List<HoursResponse> openingHours) {

        static SiteResponse of(SiteView site) {
            return new SiteResponse(site.id().value(), site.name(), site.address(), site.timeZone().getId(),
                    site.openingHours().days().stream()
                            .map(h -> new HoursResponse(h.day(), h.opens().toString(), h.closes().toString()))
                            .toList());
        }
    }

    record FloorRequest(@NotBlank @Size(max = 80) String name, @Min(-20) @Max(300) int level) {}

    /** {@code plan} is the floor's plan image (null without one). */
    record FloorResponse(long id, long siteId, String name, int level,
            FloorPlanController.@Nullable PlanResponse plan) {

        static FloorResponse of(FloorView floor, @Nullable FloorPlan plan) {
            return new FloorResponse(floor.id().value(), floor.siteId().value(), floor.name(), floor.level(),
                    plan == null ? null : FloorPlanController.PlanResponse.of(plan));
        }
    }

    @GetMapping
    List<SiteResponse> sites() {
        return spaces.sites().stream().map(SiteResponse::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    ResponseEntity<SiteResponse> create(@Valid @RequestBody SiteRequest request, @AuthenticationPrincipal CurrentUser me) {
        SiteView site = spaces.createSite(request.draft(), me);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(SiteResponse.of(site));
    }

    @GetMapping("/{id}")
    SiteResponse site(@PathVariable long id) {
        return SiteResponse.of(spaces.site(new SiteId(id)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    SiteResponse update(@PathVariable long id, @Valid @RequestBody SiteRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return SiteResponse.of(spaces.updateSite(new SiteId(id), request.draft(), me));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        spaces.deleteSite(new SiteId(id), me);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/floors")
    List<FloorResponse> floors(@PathVariable long id) {
        return spaces.floors(new SiteId(id)).stream()
                .map(floor -> FloorResponse.of(floor, spaces.floorPlan(floor.id()).orElse(null)))
                .toList();
    }

    @PostMapping("/{id}/floors")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    ResponseEntity<FloorResponse> createFloor(@PathVariable long id, @Valid @RequestBody FloorRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        FloorView floor = spaces.createFloor(new SiteId(id), new FloorDraft(request.name(), request.level()), me);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + id + "/floors")).body(FloorResponse.of(floor, null));
    }
}
