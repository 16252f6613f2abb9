package dev.allot.space;

import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.util.List;
import java.util.Optional;

/** The space module's API: sites, floors and resources, and the search over them. */
public interface Spaces {

    SiteView createSite(SiteDraft draft);

    SiteView updateSite(SiteId id, SiteDraft draft);

    /** 409 while resources still belong to the site. */
    void deleteSite(SiteId id);

    SiteView site(SiteId id);

    List<SiteView> sites();

    FloorView createFloor(SiteId siteId, FloorDraft draft);

    List<FloorView> floors(SiteId siteId);

    ResourceView createResource(ResourceDraft draft);

    ResourceView updateResource(ResourceId id, ResourceDraft draft);

    /** 409 once the resource has bookings: deactivate it instead, so history stays. */
    void deleteResource(ResourceId id);

    ResourceView resource(ResourceId id);

    Optional<ResourceView> findResource(ResourceId id);

    /** Several resources in two queries, for lists that show many bookings; unknown ids are left out. */
    java.util.Map<ResourceId, ResourceView> resourcesByIds(java.util.Collection<ResourceId> ids);

    Page<ResourceView> search(ResourceQuery query, PageRequest page);
}
