package dev.allot.space.internal;

import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.DailyHours;
import dev.allot.space.FloorCreated;
import dev.allot.space.FloorDraft;
import dev.allot.space.FloorId;
import dev.allot.space.FloorPlan;
import dev.allot.space.FloorPlanImage;
import dev.allot.space.FloorPlanRemoved;
import dev.allot.space.FloorPlanSaved;
import dev.allot.space.FloorView;
import dev.allot.space.PlanPosition;
import dev.allot.space.FreeTimeFilter;
import dev.allot.space.ResourceDeleted;
import dev.allot.space.ResourceDraft;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourcePhoto;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceSaved;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteDeleted;
import dev.allot.space.SiteDraft;
import dev.allot.space.SiteId;
import dev.allot.space.SiteSaved;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SpacesService implements Spaces {

    private static final Pattern AMENITY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final int MAX_AMENITIES = 30;
    private static final String ADMINS_ONLY = "Only admins manage sites, floors and resources";

    private final SiteRepository sites;
    private final ResourceRepository resources;
    private final PhotoRepository photos;
    private final PlanRepository plans;
    private final @Nullable FreeTimeFilter freeTimeFilter;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SpacesService(SiteRepository sites, ResourceRepository resources, PhotoRepository photos, PlanRepository plans,
            ObjectProvider<FreeTimeFilter> freeTimeFilter, Clock clock, ApplicationEventPublisher events) {
        this.sites = sites;
        this.resources = resources;
        this.photos = photos;
        this.plans = plans;
        this.freeTimeFilter = freeTimeFilter.getIfAvailable();
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public SiteView createSite(SiteDraft draft, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        validate(draft);
        SiteView created = site(new SiteId(sites.insert(draft, clock.millis())));
        events.publishEvent(new SiteSaved(null, created, admin.id(), clock.instant()));
        return created;
    }

    @Override
    @Transactional
    public SiteView updateSite(SiteId id, SiteDraft draft, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        validate(draft);
        SiteView before = site(id);
        if (!sites.update(id.value(), draft)) {
            throw ProblemException.notFound("Site", id);
        }
        SiteView after = site(id);
        events.publishEvent(new SiteSaved(before, after, admin.id(), clock.instant()));
        return after;
    }

    @Override
    @Transactional
    public void deleteSite(SiteId id, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        SiteView site = site(id);
        if (resources.countInSite(id.value()) > 0) {
            throw ProblemException.conflict("site-in-use",
                    "The site still has resources; delete or move them first");
        }
        sites.delete(id.value());
        events.publishEvent(new SiteDeleted(site, admin.id(), clock.instant()));
    }

    @Override
    public SiteView site(SiteId id) {
        return sites.findById(id.value()).orElseThrow(() -> ProblemException.notFound("Site", id));
    }

    @Override
    public List<SiteView> sites() {
        return sites.findAll();
    }

    @Override
    @Transactional
    public FloorView createFloor(SiteId siteId, FloorDraft draft, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        site(siteId);
        try {
            long id = sites.insertFloor(siteId.value(), draft.name().strip(), draft.level());
            FloorView floor = sites.floor(id).orElseThrow();
            events.publishEvent(new FloorCreated(floor, admin.id(), clock.instant()));
            return floor;
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("floor-exists", "The site already has a floor named " + draft.name())
                    .with("errors", List.of(new ProblemException.FieldError("name", "is already used on this site")));
        }
    }

    @Override
    public List<FloorView> floors(SiteId siteId) {
        site(siteId);
        return sites.floors(siteId.value());
    }

    @Override
    public FloorView floor(FloorId id) {
        return sites.floor(id.value()).orElseThrow(() -> ProblemException.notFound("Floor", id));
    }

    @Override
    @Transactional
    public FloorPlan saveFloorPlan(FloorId id, byte[] bytes, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        FloorView floor = floor(id);
        PlanFormat.Checked checked = PlanFormat.check(bytes);
        FloorPlan before = plans.find(id.value()).orElse(null);
        plans.save(id.value(), checked, bytes, clock.millis());
        FloorPlan after = plans.find(id.value()).orElseThrow();
        events.publishEvent(new FloorPlanSaved(floor, before, after, admin.id(), clock.instant()));
        return after;
    }

    @Override
    @Transactional
    public void removeFloorPlan(FloorId id, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        FloorView floor = floor(id);
        FloorPlan plan = plans.find(id.value()).orElseThrow(() -> ProblemException.notFound("Plan of floor", id));
        plans.delete(id.value());
        events.publishEvent(new FloorPlanRemoved(floor, plan, admin.id(), clock.instant()));
    }

    @Override
    public Optional<FloorPlan> floorPlan(FloorId id) {
        floor(id);
        return plans.find(id.value());
    }

    @Override
    public Optional<FloorPlanImage> floorPlanImage(FloorId id) {
        floor(id);
        return plans.findImage(id.value());
    }

    @Override
    @Transactional
    public ResourceView placeResource(ResourceId id, @Nullable PlanPosition position, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        ResourceView before = resource(id);
        checkPosition(position, before.floorId());
        if (java.util.Objects.equals(before.position(), position)) {
            return before;
        }
        resources.updatePosition(id.value(), position, clock.millis());
        return saved(before, admin);
    }

    /** A position is two fractions of the plan, and only means something on a floor. */
    private static void checkPosition(@Nullable PlanPosition position, @Nullable FloorId floorId) {
        if (position == null) {
            return;
        }
        checkFraction("position.x", position.x());
        checkFraction("position.y", position.y());
        if (floorId == null) {
            throw new RulesViolatedException(List.of(new RuleViolation("position-needs-floor", "position",
                    "A resource without a floor has no plan to be placed on: choose its floor first")));
        }
    }

    private static void checkFraction(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw ProblemException.invalidField(field, "must be a fraction of the plan between 0 and 1");
        }
    }

    @Override
    @Transactional
    public ResourceView createResource(ResourceDraft draft, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        ResourceDraft valid = validate(draft);
        ResourceView created = resource(new ResourceId(resources.insert(valid, clock.millis())));
        events.publishEvent(new ResourceSaved(null, created, admin.id(), clock.instant()));
        return created;
    }

    @Override
    @Transactional
    public ResourceView updateResource(ResourceId id, ResourceDraft draft, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        ResourceView before = resource(id);
        ResourceDraft valid = validate(draft);
        resources.update(id.value(), valid, clock.millis());
        return saved(before, admin);
    }

    @Override
    @Transactional
    public void deleteResource(ResourceId id, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        ResourceView resource = resource(id);
        try {
            resources.delete(id.value());
        } catch (DataIntegrityViolationException referencedByBookings) {
            throw ProblemException.conflict("resource-in-use",
                    "The resource has bookings; deactivate it instead (active=false) so its history stays");
        }
        events.publishEvent(new ResourceDeleted(resource, admin.id(), clock.instant()));
    }

    @Override
    public ResourceView resource(ResourceId id) {
        return findResource(id).orElseThrow(() -> ProblemException.notFound("Resource", id));
    }

    @Override
    public Optional<ResourceView> findResource(ResourceId id) {
        return resources.findById(id.value());
    }

    @Override
    public java.util.Map<ResourceId, ResourceView> resourcesByIds(java.util.Collection<ResourceId> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<ResourceId, ResourceView> found = new java.util.HashMap<>();
        resources.findByIds(ids.stream().map(ResourceId::value).distinct().toList())
                .forEach(resource -> found.put(resource.id(), resource));
        return found;
    }

    @Override
    public Page<ResourceView> search(ResourceQuery query, PageRequest page) {
        String freeCondition = freeCondition(query);
        long total = resources.count(query, freeCondition);
        List<ResourceView> items = total == 0 ? List.of() : resources.search(query, freeCondition, page.offset(), page.size());
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public List<ResourceView> searchAll(ResourceQuery query) {
        return resources.search(query, freeCondition(query), 0, Integer.MAX_VALUE);
    }

    /** Checks the query's filters; the SQL condition of "free during", or null without one. */
    private @Nullable String freeCondition(ResourceQuery query) {
        boolean byTime = query.freeFrom() != null || query.freeTo() != null;
        if (byTime && (query.freeFrom() == null || query.freeTo() == null)) {
            throw ProblemException.invalidField(query.freeFrom() == null ? "freeFrom" : "freeTo",
                    "freeFrom and freeTo go together");
        }
        if (byTime && !query.freeFrom().isBefore(query.freeTo())) {
            throw ProblemException.invalidField("freeTo", "must be after freeFrom");
        }
        Set<String> amenities = query.amenities();
        amenities.forEach(amenity -> checkAmenity("amenity", amenity));
        return byTime && freeTimeFilter != null ? freeTimeFilter.freeDuring("r.id") : null;
    }

    @Override
    public java.util.SortedSet<String> amenityTags() {
        return resources.amenityTags();
    }

    @Override
    @Transactional
    public ResourceView savePhoto(ResourceId id, byte[] bytes, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        ResourceView before = resource(id);
        PhotoFormat format = PhotoFormat.of(bytes);
        long now = clock.millis();
        photos.save(id.value(), format.contentType(), bytes, now);
        resources.updatePhotoUrl(id.value(), ResourcePhoto.url(id, java.time.Instant.ofEpochMilli(now)), now);
        return saved(before, admin);
    }

    @Override
    @Transactional
    public ResourceView removePhoto(ResourceId id, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        ResourceView resource = resource(id);
        photos.delete(id.value());
        String url = resource.photoUrl();
        if (url != null && url.startsWith("/resources/" + id + "/photo")) {
            resources.updatePhotoUrl(id.value(), null, clock.millis());
        }
        return saved(resource, admin);
    }

    /** The resource as it is now, announced as changed from {@code before}. */
    private ResourceView saved(ResourceView before, CurrentUser admin) {
        ResourceView after = resource(before.id());
        events.publishEvent(new ResourceSaved(before, after, admin.id(), clock.instant()));
        return after;
    }

    @Override
    public Optional<ResourcePhoto> photo(ResourceId id) {
        return photos.find(id.value());
    }

    private static void validate(SiteDraft draft) {
        try {
            ZoneId.of(draft.timeZone());
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timeZone", "'" + draft.timeZone()
                    + "' is not an IANA time zone such as Europe/Berlin");
        }
        var seen = EnumSet.noneOf(java.time.DayOfWeek.class);
        for (DailyHours day : draft.openingHours().days()) {
            if (!seen.add(day.day())) {
                throw ProblemException.invalidField("openingHours", day.day() + " appears twice");
            }
            if (!day.opens().isBefore(day.closes())) {
                throw ProblemException.invalidField("openingHours", "on " + day.day() + " opens must be before closes");
            }
        }
    }

    private ResourceDraft validate(ResourceDraft draft) {
        site(draft.siteId(), "siteId");
        FloorId floorId = draft.floorId();
        if (floorId != null) {
            FloorView floor = sites.floor(floorId.value())
                    .orElseThrow(() -> ProblemException.unknownReference("floorId", "Floor", floorId));
            if (!floor.siteId().equals(draft.siteId())) {
                throw ProblemException.invalidField("floorId", "floor " + floorId + " is not on site " + draft.siteId());
            }
        }
        if (draft.amenities().size() > MAX_AMENITIES) {
            throw ProblemException.invalidField("amenities", "at most " + MAX_AMENITIES + " amenities");
        }
        var amenities = new java.util.TreeSet<String>();
        for (String amenity : draft.amenities()) {
            String tag = amenity.strip().toLowerCase(java.util.Locale.ROOT);
            checkAmenity("amenities", tag);
            amenities.add(tag);
        }
        checkPosition(draft.position(), draft.floorId());
        return new ResourceDraft(draft.siteId(), draft.floorId(), draft.kind(), draft.name().strip(), draft.capacity(),
                amenities, draft.description(), draft.photoUrl(), draft.active(), draft.requiresApproval(),
                draft.position());
    }

    private void site(SiteId id, String field) {
        if (sites.findById(id.value()).isEmpty()) {
            throw ProblemException.unknownReference(field, "Site", id);
        }
    }

    private static void checkAmenity(String field, String amenity) {
        if (!AMENITY.matcher(amenity).matches()) {
            throw ProblemException.invalidField(field, "'" + amenity
                    + "' is not an amenity tag: lower-case letters, digits and '-', up to 40 characters");
        }
    }
}
