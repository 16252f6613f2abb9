package dev.allot.space.web;

import dev.allot.identity.CurrentUser;
import dev.allot.platform.ApiTimes;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.space.FloorId;
import dev.allot.space.PlanPosition;
import dev.allot.space.ResourceDraft;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/resources")
@Tag(name = "Resources")
class ResourceController {

    private final Spaces spaces;

    ResourceController(Spaces spaces) {
        this.spaces = spaces;
    }

    record ResourceRequest(
            @NotNull @Positive Long siteId,
            @Positive @Nullable Long floorId,
            @NotNull ResourceKind kind,
            @NotBlank @Size(max = 120) String name,
            @NotNull @Min(1) @Max(10_000) Integer capacity,
            @Size(max = 30) @Nullable Set<@NotBlank @Size(max = 40) String> amenities,
            @Size(max = 2000) @Nullable String description,
            @Size(max = 2000) @Pattern(regexp = "(https?://|/)\\S*", message = "must be an http(s) URL or a path on this server")
            @Nullable String photoUrl,
            @Nullable Boolean active,
            @Nullable Boolean requiresApproval,
            @Valid @Nullable PositionRequest position) {

        ResourceDraft draft() {
            return new ResourceDraft(new SiteId(siteId), floorId == null ? null : new FloorId(floorId), kind, name,
                    capacity, amenities == null ? Set.of() : amenities, description, photoUrl,
                    active == null || active, requiresApproval != null && requiresApproval,
                    position == null ? null : new PlanPosition(position.x(), position.y()));
        }
    }

    /** Where the resource is on its floor's plan, as fractions of the plan's width and height. */
    record PositionRequest(
            @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double x,
            @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double y) {}

    record PositionResponse(double x, double y) {}

    record ResourceResponse(long id, String kind, String name, int capacity, Set<String> amenities,
            @Nullable String description, @Nullable String photoUrl, boolean active, boolean requiresApproval,
            long siteId, String siteName, String timeZone, @Nullable Long floorId, @Nullable String floorName,
            Instant createdAt, Instant updatedAt, @Nullable PositionResponse position) {

        static ResourceResponse of(ResourceView r) {
            return new ResourceResponse(r.id().value(), r.kind().name(), r.name(), r.capacity(), r.amenities(),
                    r.description(), r.photoUrl(), r.active(), r.requiresApproval(), r.siteId().value(), r.siteName(),
                    r.timeZone().getId(), r.floorId() == null ? null : r.floorId().value(), r.floorName(),
                    r.createdAt(), r.updatedAt(),
                    r.position() == null ? null : new PositionResponse(r.position().x(), r.position().y()));
        }
    }

    @GetMapping
    Page<ResourceResponse> search(
            @RequestParam(required = false) @Nullable ResourceKind kind,
            @RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Long floorId,
            @RequestParam(required = false) @Min(1) @Nullable Integer minCapacity,
            @Parameter(description = "Required amenity; repeat for several (all must be present)")
            @RequestParam(required = false) @Nullable List<String> amenity,
            @Parameter(description = "Keep resources free from this time (ISO-8601 with offset)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime freeFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime freeTo,
            @Parameter(description = "Admins only: include deactivated resources")
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser me) {
        ResourceQuery query = new ResourceQuery(kind, siteId == null ? null : new SiteId(siteId),
                floorId == null ? null : new FloorId(floorId), minCapacity,
                amenity == null ? Set.of() : Set.copyOf(amenity.stream().map(tag -> tag.strip().toLowerCase(java.util.Locale.ROOT)).toList()),
                ApiTimes.instantOrNull("freeFrom", freeFrom), ApiTimes.instantOrNull("freeTo", freeTo),
                includeInactive && me.isAdmin());
        return spaces.search(query, new PageRequest(page, size)).map(ResourceResponse::of);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    ResponseEntity<ResourceResponse> create(@Valid @RequestBody ResourceRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        ResourceView resource = spaces.createResource(request.draft(), me);
        return ResponseEntity.created(URI.create("/api/v1/resources/" + resource.id()))
                .body(ResourceResponse.of(resource));
    }

    @GetMapping("/{id}")
    ResourceResponse resource(@PathVariable long id) {
        return ResourceResponse.of(spaces.resource(new ResourceId(id)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResourceResponse update(@PathVariable long id, @Valid @RequestBody ResourceRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return ResourceResponse.of(spaces.updateResource(new ResourceId(id), request.draft(), me));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        spaces.deleteResource(new ResourceId(id), me);
        return ResponseEntity.noContent().build();
    }
}
