package dev.allot.space;

import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The space module's API: sites, floors and resources, and the search over them. Reads are for
 * everyone; every write takes the acting person and is for admins only (403 {@code forbidden}
 * otherwise, checked before anything else), whichever channel calls it.
 */
public interface Spaces {

    SiteView createSite(SiteDraft draft, CurrentUser admin);

    SiteView updateSite(SiteId id, SiteDraft draft, CurrentUser admin);

    /** 409 while resources still belong to the site. */
    void deleteSite(SiteId id, CurrentUser admin);

    SiteView site(SiteId id);

    List<SiteView> sites();

    FloorView createFloor(SiteId siteId, FloorDraft draft, CurrentUser admin);

    List<FloorView> floors(SiteId siteId);

    /** 404 for an unknown floor. */
    FloorView floor(FloorId id);

    /**
     * Stores the floor's plan image, replacing any earlier one (resources keep their positions:
     * they are fractions of the plan). PNG or SVG up to {@link FloorPlan#MAX_BYTES}, judged by the
     * bytes themselves: 413 {@code plan-too-large}, 415 {@code plan-not-an-image} (neither PNG nor
     * SVG), 422 {@code plan-unreadable} (a broken PNG or SVG, or one without a size) and
     * {@code plan-unsafe} (an SVG with a DTD or entities), 400 when empty. Nothing is stored then.
     */
    FloorPlan saveFloorPlan(FloorId id, byte[] bytes, CurrentUser admin);

    /** Removes the floor's plan; 404 when the floor has none. Positions stay for the next plan. */
    void removeFloorPlan(FloorId id, CurrentUser admin);

    /** The floor's plan, if it has one; 404 for an unknown floor. */
    Optional<FloorPlan> floorPlan(FloorId id);

    /** The floor's plan with its bytes, if it has one; 404 for an unknown floor. */
    Optional<FloorPlanImage> floorPlanImage(FloorId id);

    /**
     * A draft's {@code position} must be inside [0, 1] on both axes (400 naming {@code position.x}
     * or {@code position.y}) and needs a floor (422 rule {@code position-needs-floor}).
     */
    ResourceView createResource(ResourceDraft draft, CurrentUser admin);

    /** Replaces what an admin entered, the position included (null takes it off the plan). */
    ResourceView updateResource(ResourceId id, ResourceDraft draft, CurrentUser admin);

    /**
     * Places the resource on its floor's plan, or takes it off ({@code position} null), changing
     * nothing else: 400 {@code position.x} / {@code position.y} outside [0, 1], 422 rule
     * {@code position-needs-floor} when the resource has no floor.
     */
    ResourceView placeResource(ResourceId id, @org.jspecify.annotations.Nullable PlanPosition position,
            CurrentUser admin);

    /** 409 once the resource has bookings: deactivate it instead, so history stays. */
    void deleteResource(ResourceId id, CurrentUser admin);

    ResourceView resource(ResourceId id);

    Optional<ResourceView> findResource(ResourceId id);

    /** Several resources in two queries, for lists that show many bookings; unknown ids are left out. */
    java.util.Map<ResourceId, ResourceView> resourcesByIds(java.util.Collection<ResourceId> ids);

    Page<ResourceView> search(ResourceQuery query, PageRequest page);

    /** Every resource the search finds, in one query: for figures over a whole site, not for pages. */
    List<ResourceView> searchAll(ResourceQuery query);

    /** Every amenity tag some resource has, sorted: suggestions for the admin's resource form. */
    java.util.SortedSet<String> amenityTags();

    /**
     * Stores the resource's photo (replacing any earlier one) and points its {@code photoUrl} at it.
     * Only JPEG, PNG and WebP up to {@link ResourcePhoto#MAX_BYTES}, judged by the bytes themselves:
     * 415 {@code photo-not-an-image}, 413 {@code photo-too-large}, 400 when empty.
     */
    ResourceView savePhoto(ResourceId id, byte[] bytes, CurrentUser admin);

    /** Removes the stored photo and clears a {@code photoUrl} that pointed at it. */
    ResourceView removePhoto(ResourceId id, CurrentUser admin);

    Optional<ResourcePhoto> photo(ResourceId id);
}
