package dev.allot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.audit.AuditLog;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.Bookings;
import dev.allot.audit.AuditQuery;
import dev.allot.demo.DemoOffice;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.insight.InsightScope;
import dev.allot.insight.Insights;
import dev.allot.insight.Period;
import dev.allot.report.BookingReportQuery;
import dev.allot.report.BookingReports;
import dev.allot.report.SiteReports;
import dev.allot.notification.Webhooks;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceDraft;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteDraft;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import dev.allot.testing.AllotIntegrationTest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The facades refuse a member an admin's operation themselves, with no HTTP layer in front: what a
 * new channel (the Telegram bot) that forgot its own check would get. Each refusal changes nothing.
 */
class FacadePermissionsIT extends AllotIntegrationTest {

    private static final Period LAST_WEEK = new Period(LocalDate.now().minusDays(7), LocalDate.now());

    @Autowired
    Spaces spaces;

    @Autowired
    Identity identity;

    @Autowired
    AuditLog audit;

    @Autowired
    Webhooks webhooks;

    @Autowired
    Insights insights;

    @Autowired
    SiteReports siteReports;

    @Autowired
    BookingReports bookingReports;

    @Autowired
    DemoOffice demo;

    @Autowired
    Bookings bookings;

    @Autowired
    dev.allot.booking.Desks desks;

    @Test
    void spaces_refuses_a_member_every_admin_write_and_stores_nothing() {
        CurrentUser member = principal(member().id());
        CurrentUser admin = principal(admin().id());
        String name = unique("Refused site");
        SiteView site = spaces.createSite(new SiteDraft(unique("Site"), null, "UTC", OpeningHours.ALWAYS), admin);
        ResourceId room = spaces.createResource(new ResourceDraft(site.id(), null, ResourceKind.ROOM, unique("Room"), 4,
                Set.of(), null, null, true, false), admin).id();

        assertForbidden(() -> spaces.createSite(new SiteDraft(name, null, "UTC", OpeningHours.ALWAYS), member));
        assertForbidden(() -> spaces.updateSite(site.id(), new SiteDraft(name, null, "UTC", OpeningHours.ALWAYS),
                member));
        assertForbidden(() -> spaces.deleteSite(site.id(), member));
        assertForbidden(() -> spaces.createFloor(site.id(), new dev.allot.space.FloorDraft(name, 1), member));
        assertForbidden(() -> spaces.createResource(new ResourceDraft(site.id(), null, ResourceKind.ROOM, name, 4,
                Set.of(), null, null, true, false), member));
        assertForbidden(() -> spaces.updateResource(room, new ResourceDraft(site.id(), null, ResourceKind.ROOM, name, 4,
                Set.of(), null, null, true, false), member));
        assertForbidden(() -> spaces.deleteResource(room, member));
        assertForbidden(() -> spaces.savePhoto(room, new byte[] {1, 2, 3}, member));
        assertForbidden(() -> spaces.removePhoto(room, member));
        SiteView planned = spaces.createSite(new SiteDraft(unique("Site"), null, "UTC", OpeningHours.ALWAYS), admin);
        dev.allot.space.FloorId floor = spaces.createFloor(planned.id(), new dev.allot.space.FloorDraft("Floor 1", 1),
                admin).id();
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>".getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        assertForbidden(() -> spaces.saveFloorPlan(floor, svg, member));
        assertForbidden(() -> spaces.removeFloorPlan(floor, member));
        assertForbidden(() -> spaces.placeResource(room, new dev.allot.space.PlanPosition(0.5, 0.5), member));
        assertThat(spaces.floorPlan(floor)).isEmpty();

        assertThat(spaces.sites()).extracting(SiteView::name).doesNotContain(name);
        assertThat(spaces.site(site.id()).name()).isEqualTo(site.name());
        assertThat(spaces.floors(site.id())).isEmpty();
        assertThat(spaces.resource(room).name()).isNotEqualTo(name);
    }

    @Test
    void identity_refuses_a_member_the_people_list_role_changes_deactivation_imports_and_directory_writes() {
        CurrentUser member = principal(member().id());
        UserId other = new UserId(member().id());

        assertForbidden(() -> identity.users(new PageRequest(0, 10), member));
        assertForbidden(() -> identity.changeRole(other, Role.ADMIN, member));
        assertForbidden(() -> identity.changeRole(member.id(), Role.ADMIN, member));
        assertForbidden(() -> identity.deactivate(other, member));
        assertForbidden(() -> identity.importPeople(java.util.List.of(), "a shared password", member));
        String name = unique("Refused person");
        assertForbidden(() -> identity.addPerson(new dev.allot.identity.AddPerson(name, null, null, null, null, null),
                member));
        assertForbidden(() -> identity.updatePerson(other, new dev.allot.identity.EditPerson(name, null, null, "x",
                Role.ADMIN, null), member));
        assertForbidden(() -> identity.removePerson(other, member));
        assertForbidden(() -> identity.importDirectory("name\n" + name + "\n", member));
        assertForbidden(() -> identity.unlinkTelegram(other, member));
        assertForbidden(() -> identity.linkTelegram(other, new dev.allot.identity.TelegramAccount(42, "@someone"),
                member));

        assertThat(identity.user(member.id()).role()).isEqualTo(Role.MEMBER);
        assertThat(identity.user(other).active()).isTrue();
        assertThat(identity.user(other).displayName()).isNotEqualTo(name);
        assertThat(identity.people(new dev.allot.identity.PeopleQuery(name, null, null), new PageRequest(0, 10),
                principal(admin().id())).total()).isZero();
        assertThat(identity.currentUserByTelegram(42)).isEmpty();
    }

    @Test
    void the_audit_log_is_read_by_admins_only() {
        CurrentUser member = principal(member().id());
        AuditQuery everything = new AuditQuery(null, null, null, null, null, null);

        assertForbidden(() -> audit.find(everything, new PageRequest(0, 10), member));
        assertForbidden(() -> audit.forEach(everything, member, entry -> {
            throw new AssertionError("a member was shown an audit record");
        }));
        assertThat(audit.find(everything, new PageRequest(0, 1), principal(admin().id())).total()).isPositive();
    }

    @Test
    void webhooks_are_managed_by_admins_only() {
        CurrentUser member = principal(member().id());
        String url = "http://127.0.0.1:9/" + unique("refused");

        assertForbidden(() -> webhooks.webhooks(member));
        assertForbidden(() -> webhooks.register(url, null, member));
        assertForbidden(() -> webhooks.delete(new dev.allot.notification.WebhookId(1), member));
        assertForbidden(() -> webhooks.deliveries(new dev.allot.notification.WebhookId(1), new PageRequest(0, 10),
                member));

        assertThat(webhooks.webhooks(principal(admin().id()))).noneMatch(webhook -> webhook.url().equals(url));
    }

    @Test
    void insights_and_reports_keep_usage_site_summaries_and_other_peoples_bookings_for_admins() {
        CurrentUser member = principal(member().id());
        SiteId site = new SiteId(site("UTC"));

        assertForbidden(() -> insights.usage(InsightScope.site(site), LAST_WEEK, member));
        assertForbidden(() -> insights.siteSummary(site, LAST_WEEK, member));
        assertForbidden(() -> siteReports.summary(site, LAST_WEEK, member, Locale.ENGLISH));
        BookingReportQuery someoneElse = new BookingReportQuery(null, null, new UserId(admin().id()), Set.of(), null,
                null);
        assertForbidden(() -> bookingReports.page(someoneElse, new PageRequest(0, 10), member, Locale.ENGLISH));
        assertForbidden(() -> bookingReports.export(someoneElse, member, Locale.ENGLISH));
    }

    @Test
    void the_demo_office_is_created_by_admins_only() {
        CurrentUser member = principal(member().id());

        assertForbidden(() -> demo.create(member));
    }

    @Test
    void bookings_lists_somebody_elses_bookings_by_person_for_admins_only() {
        CurrentUser member = principal(member().id());
        UserId other = new UserId(member().id());
        var byOther = new BookingQuery(other, null, null, null, null, Set.of());

        assertForbidden(() -> bookings.list(byOther, new PageRequest(0, 10), member));
        assertThat(bookings.list(new BookingQuery(member.id(), null, null, null, null, Set.of()), new PageRequest(0, 10),
                member).total()).isZero();
        assertThat(bookings.list(byOther, new PageRequest(0, 10), principal(admin().id())).total()).isZero();
    }

    private CurrentUser principal(long id) {
        return identity.currentUser(new UserId(id)).orElseThrow();
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(problem.type()).isEqualTo("forbidden");
        });
    }

    @Test
    void desks_refuse_a_member_the_desk_policy_and_fixed_desks_and_change_nothing() {
        CurrentUser member = principal(member().id());
        CurrentUser admin = principal(admin().id());
        SiteView site = spaces.createSite(new SiteDraft(unique("Site"), null, "UTC", OpeningHours.ALWAYS), admin);
        ResourceId desk = spaces.createResource(new ResourceDraft(site.id(), null, ResourceKind.DESK, unique("Desk"), 1,
                Set.of(), null, null, true, false), admin).id();

        assertForbidden(() -> desks.changePolicy(site.id(), new dev.allot.booking.DeskPolicy(9, true), member));
        assertForbidden(() -> desks.assignFixedDesk(desk, member.id(), member));
        assertForbidden(() -> desks.removeFixedDesk(desk, member));

        assertThat(desks.policy(site.id())).isEqualTo(dev.allot.booking.DeskPolicy.DEFAULT);
        assertThat(desks.fixedDesks(site.id())).isEmpty();
    }
}
