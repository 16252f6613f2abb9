package dev.allot.booking.internal;

import dev.allot.booking.DeskPolicy;
import dev.allot.booking.DeskPolicyChanged;
import dev.allot.booking.FixedDesk;
import dev.allot.booking.FixedDeskAssigned;
import dev.allot.booking.FixedDeskReleased;
import dev.allot.booking.FixedDeskRemoved;
import dev.allot.booking.SiteDay;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** A site's desk policy and fixed desks: admins set them; an owner releases their fixed desk for a day. */
@Component
class DeskSettings {

    private final DeskRepository desks;
    private final DeskDays days;
    private final DeskLine line;
    private final BookingWrites writes;
    private final Spaces spaces;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeskSettings(DeskRepository desks, DeskDays days, DeskLine line, BookingWrites writes, Spaces spaces,
            Identity identity, ApplicationEventPublisher events, Clock clock) {
        this.desks = desks;
        this.days = days;
        this.line = line;
        this.writes = writes;
        this.spaces = spaces;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    DeskPolicy policy(SiteId site) {
        spaces.site(site);
        return days.policy(site.value());
    }

    DeskPolicy changePolicy(SiteId site, DeskPolicy policy, CurrentUser admin) {
        admin.requireAdmin("Only admins change a site's desk policy");
        spaces.site(site);
        return writes.write(() -> {
            desks.lockSite(site.value());
            DeskPolicy before = days.policy(site.value());
            desks.savePolicy(site.value(), policy, clock.millis());
            if (!before.equals(policy)) {
                events.publishEvent(new DeskPolicyChanged(site, before, policy, admin.id(), clock.instant()));
            }
            if (policy.autoAssign() && !before.autoAssign()) {
                // offers already out stand; new matches book at once
                line.matchSite(site.value());
            }
            return policy;
        });
    }

    List<FixedDesk> fixedDesks(SiteId site) {
        SiteView view = spaces.site(site);
        return desks.fixedAt(site.value()).stream().map(fixed -> view(fixed, view)).toList();
    }

    FixedDesk assign(ResourceId deskId, UserId owner, CurrentUser admin) {
        admin.requireAdmin("Only admins assign fixed desks");
        ResourceView desk = desk(deskId);
        UserView person = identity.findUser(owner).filter(UserView::active)
                .orElseThrow(() -> ProblemException.unknownReference("userId", "User", owner.value()));
        return writes.write(() -> {
            desks.lockSite(desk.siteId().value());
            if (!desks.assignFixed(desk.id().value(), person.id().value(), clock.millis())) {
                throw desks.fixed(desk.id().value())
                        .map(fixed -> ProblemException.conflict("fixed-desk-taken",
                                desk.name() + " is " + days.name(new UserId(fixed.userId())) + "'s fixed desk already"))
                        .orElseGet(() -> ProblemException.conflict("has-fixed-desk",
                                person.displayName() + " has a fixed desk already"));
            }
            FixedDesk fixed = view(new DeskRepository.Fixed(desk.id().value(), person.id().value()),
                    spaces.site(desk.siteId()));
            events.publishEvent(new FixedDeskAssigned(fixed, admin.id(), clock.instant()));
            return fixed;
        });
    }

    void remove(ResourceId deskId, CurrentUser admin) {
        admin.requireAdmin("Only admins remove fixed desks");
        ResourceView desk = desk(deskId);
        writes.write(() -> {
            desks.lockSite(desk.siteId().value());
            DeskRepository.Fixed fixed = desks.fixed(desk.id().value())
                    .orElseThrow(() -> ProblemException.notFound("Fixed desk", deskId));
            FixedDesk before = view(fixed, spaces.site(desk.siteId()));
            desks.removeFixed(desk.id().value());
            events.publishEvent(new FixedDeskRemoved(before, admin.id(), clock.instant()));
            line.matchSite(desk.siteId().value());
            return before;
        });
    }

    FixedDesk release(ResourceId deskId, LocalDate day, CurrentUser owner) {
        ResourceView desk = desk(deskId);
        DeskRepository.Fixed fixed = desks.fixed(desk.id().value())
                .orElseThrow(() -> ProblemException.notFound("Fixed desk", deskId));
        if (fixed.userId() != owner.id().value() && !owner.isAdmin()) {
            throw ProblemException.forbidden("Only the owner of a fixed desk, or an admin, can release it");
        }
        SiteView site = spaces.site(desk.siteId());
        List<RuleViolation> violations = DeskDays.none();
        days.checkDay(site, day, violations);
        if (!violations.isEmpty()) {
            throw new RulesViolatedException(violations);
        }
        return writes.write(() -> {
            desks.lockSite(site.id().value());
            desks.claim(desk.id().value(), day.toString()).ifPresent(claim -> {
                throw ProblemException.conflict("desk-booked",
                        desk.name() + " is booked on " + DeskDays.format(day) + ": cancel that booking instead");
            });
            if (desks.release(desk.id().value(), day.toString(), clock.millis())) {
                FixedDesk view = view(fixed, site);
                events.publishEvent(new FixedDeskReleased(view, day, owner.id(), clock.instant()));
                line.match(site.id().value(), day);
            }
            return view(fixed, site);
        });
    }

    private ResourceView desk(ResourceId id) {
        ResourceView desk = spaces.findResource(id).orElseThrow(() -> ProblemException.notFound("Resource", id));
        if (desk.kind() != ResourceKind.DESK) {
            throw new RulesViolatedException(List.of(new RuleViolation("not-a-desk", "resourceId",
                    desk.name() + " is not a desk", List.of(desk.name()))));
        }
        return desk;
    }

    private FixedDesk view(DeskRepository.Fixed fixed, SiteView site) {
        String today = SiteDay.today(clock, site.timeZone()).date().toString();
        return new FixedDesk(new ResourceId(fixed.resourceId()), spaces.resource(new ResourceId(fixed.resourceId())).name(),
                new UserId(fixed.userId()), days.name(new UserId(fixed.userId())),
                desks.releasedFrom(fixed.resourceId(), today).stream().map(LocalDate::parse).toList());
    }
}
