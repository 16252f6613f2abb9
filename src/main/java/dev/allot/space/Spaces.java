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

    ResourceView createResource(ResourceDraft draft, CurrentUser admin);

    ResourceView updateResource(ResourceId id, ResourceDraft draft, CurrentUser admin);

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
