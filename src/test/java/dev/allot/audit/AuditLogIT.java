package dev.allot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.FileAppender;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.space.ResourceDraft;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import dev.allot.testing.Csv;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The business event log, through the admin's API: every change is found with who, what, when, before and after. */
class AuditLogIT extends AllotIntegrationTest {

    @Autowired
    Spaces spaces;

    @Autowired
    Identity identity;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_registration_is_recorded_with_the_new_person_as_actor_and_no_password() throws IOException {
        User member = member();

        JsonNode record = only("action=user.registered&targetType=user&targetId=" + member.id());

        assertThat(record.get("actorId").asLong()).isEqualTo(member.id());
        assertThat(record.get("details").get("before").isNull()).isTrue();
        assertThat(record.get("details").get("after").get("email").asString()).isEqualTo(member.email());
        assertThat(record.get("details").get("after").get("role").asString()).isEqualTo("MEMBER");
        assertThat(record.toString()).doesNotContain(PASSWORD);
        assertThat(Files.readString(logFile("allot.audit", "AUDIT_FILE")))
                .contains("action=user.registered actor=" + member.id() + " target=user:" + member.id())
                .doesNotContain(PASSWORD);
    }

    @Test
    void a_role_change_is_recorded_with_the_admin_as_actor_and_the_role_before_and_after() {
        User member = member();
        User admin = admin();

        as(admin).put("/api/v1/users/" + member.id() + "/role", Map.of("role", "VIEWER"));

        JsonNode record = only("action=user.role-changed&targetId=" + member.id());
        assertThat(record.get("actorId").asLong()).isEqualTo(admin.id());
        assertThat(record.get("targetType").asString()).isEqualTo("user");
        assertThat(record.get("details").get("before").get("role").asString()).isEqualTo("MEMBER");
        assertThat(record.get("details").get("after").get("role").asString()).isEqualTo("VIEWER");
    }

    @Test
    void booking_and_cancelling_are_recorded_with_the_booker_as_actor() {
        User member = member();
        long room = room(4);
        long id = book(member, room, 1).json().get("id").asLong();
        as(member).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "plans changed"));

        JsonNode created = only("action=booking.created&targetType=booking&targetId=" + id);
        JsonNode cancelled = only("action=booking.cancelled&targetType=booking&targetId=" + id);

        assertThat(created.get("actorId").asLong()).isEqualTo(member.id());
        JsonNode after = created.get("details").get("after");
        assertThat(after.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(after.get("resourceId").asLong()).isEqualTo(room);
        assertThat(after.get("bookedBy").asLong()).isEqualTo(member.id());
        assertThat(cancelled.get("actorId").asLong()).isEqualTo(member.id());
        assertThat(cancelled.get("details").get("after").get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("details").get("after").get("reason").asString()).isEqualTo("plans changed");
    }

    @Test
    void approving_and_rejecting_are_recorded_with_the_admin_as_actor_and_pending_before() {
        User member = member();
        User admin = admin();
        long room = resource(site("Europe/Berlin"), "ROOM", 4, true);
        long approvedId = book(member, room, 1).json().get("id").asLong();
        long rejectedId = book(member, room, 2).json().get("id").asLong();

        assertThat(as(admin).post("/api/v1/bookings/" + approvedId + "/approve", null).status()).isEqualTo(200);
        assertThat(as(admin).post("/api/v1/bookings/" + rejectedId + "/reject", Map.of("reason", "closed")).status())
                .isEqualTo(200);

        JsonNode created = only("action=booking.created&targetId=" + approvedId);
        JsonNode approved = only("action=booking.approved&targetId=" + approvedId);
        JsonNode rejected = only("action=booking.rejected&targetId=" + rejectedId);
        assertThat(created.get("details").get("after").get("status").asString()).isEqualTo("PENDING");
        assertThat(approved.get("actorId").asLong()).isEqualTo(admin.id());
        assertThat(approved.get("details").get("before").get("status").asString()).isEqualTo("PENDING");
        assertThat(approved.get("details").get("after").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(rejected.get("actorId").asLong()).isEqualTo(admin.id());
        assertThat(rejected.get("details").get("after").get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("details").get("after").get("reason").asString()).isEqualTo("closed");
    }

    @Test
    void editing_a_resource_records_only_the_values_that_changed() {
        User admin = admin();
        long site = site("Europe/Berlin");
        String name = unique("Room");
        long room = as(admin).post("/api/v1/resources", Map.of("siteId", site, "kind", "ROOM", "name", name,
                "capacity", 4, "amenities", List.of("tv"))).json().get("id").asLong();

        Api.Response edited = as(admin).put("/api/v1/resources/" + room, Map.of("siteId", site, "kind", "ROOM",
                "name", name, "capacity", 8, "amenities", List.of("tv", "whiteboard")));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        JsonNode created = only("action=resource.created&targetType=resource&targetId=" + room);
        JsonNode updated = only("action=resource.updated&targetType=resource&targetId=" + room);
        assertThat(created.get("actorId").asLong()).isEqualTo(admin.id());
        assertThat(created.get("details").get("after").get("name").asString()).isEqualTo(name);
        assertThat(updated.get("actorId").asLong()).isEqualTo(admin.id());
        JsonNode before = updated.get("details").get("before");
        JsonNode after = updated.get("details").get("after");
        assertThat(before.propertyNames()).containsExactlyInAnyOrder("capacity", "amenities");
        assertThat(before.get("capacity").asInt()).isEqualTo(4);
        assertThat(after.get("capacity").asInt()).isEqualTo(8);
        assertThat(after.get("amenities").toString()).isEqualTo("[\"tv\",\"whiteboard\"]");
    }

    @Test
    void filters_by_actor_and_time_and_newest_comes_first() {
        User member = member();
        long room = room(2);
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        long first = book(member, room, 1).json().get("id").asLong();
        long second = book(member, room, 2).json().get("id").asLong();

        JsonNode page = find("actorId=" + member.id() + "&action=booking.created&from="
                + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8));

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("targetId").asString()).isEqualTo(String.valueOf(second));
        assertThat(page.get("items").get(1).get("targetId").asString()).isEqualTo(String.valueOf(first));
        assertThat(find("actorId=" + member.id() + "&action=booking.created&to="
                + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8)).get("total").asLong()).isZero();
    }

    @Test
    void an_overlapping_booking_refused_with_409_leaves_no_record() {
        User first = member();
        User second = member();
        long room = room(4);
        assertThat(book(first, room, 1).status()).isEqualTo(201);

        Api.Response clash = book(second, room, 1);

        assertThat(clash.status()).isEqualTo(409);
        assertThat(find("actorId=" + second.id() + "&action=booking.created").get("total").asLong()).isZero();
    }

    @Test
    void a_change_whose_transaction_rolls_back_leaves_no_record_and_no_log_line() throws IOException {
        long site = site("Europe/Berlin");
        String name = unique("Rolled back room");
        long[] created = new long[1];
        CurrentUser admin = identity.currentUser(new UserId(admin().id())).orElseThrow();

        try {
            new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                created[0] = spaces.createResource(new ResourceDraft(new SiteId(site), null, ResourceKind.ROOM, name,
                        2, Set.of(), null, null, true, false), admin).id().value();
                throw new IllegalStateException("something later in the same transaction failed");
            });
        } catch (IllegalStateException expected) {
            // the change and its record are rolled back together
        }

        assertThat(created[0]).isPositive();
        assertThat(find("action=resource.created&targetType=resource&targetId=" + created[0]).get("total").asLong())
                .isZero();
        assertThat(Files.readString(logFile("allot.audit", "AUDIT_FILE"))).doesNotContain(name);
    }

    @Test
    void a_change_made_outside_any_request_names_the_person_the_facade_was_called_for() {
        // No request and no security context here, as for a scheduled task or the Telegram bot: the
        // actor comes from the event, not from whoever is signed in.
        User admin = admin();
        CurrentUser acting = identity.currentUser(new UserId(admin.id())).orElseThrow();
        long site = site("Europe/Berlin");

        long room = spaces.createResource(new ResourceDraft(new SiteId(site), null, ResourceKind.ROOM,
                unique("Outside room"), 2, Set.of(), null, null, true, false), acting).id().value();
        spaces.deleteResource(new dev.allot.space.ResourceId(room), acting);

        JsonNode created = only("action=resource.created&targetType=resource&targetId=" + room);
        JsonNode deleted = only("action=resource.deleted&targetType=resource&targetId=" + room);
        assertThat(created.get("actorId").asLong()).isEqualTo(admin.id());
        assertThat(deleted.get("actorId").asLong()).isEqualTo(admin.id());
        assertThat(Instant.parse(deleted.get("occurredAt").asString()))
                .isAfterOrEqualTo(Instant.parse(created.get("occurredAt").asString()));
    }

    @Test
    void the_csv_export_has_a_header_and_quotes_commas_and_quotes() {
        User member = member();
        long room = room(4);
        String title = "Budget, \"Q3\" review";
        Api.Response booked = as(member).post("/api/v1/bookings", Map.of("resourceId", room,
                "startsAt", at("Europe/Berlin", 1, 10, 0).toString(), "endsAt", at("Europe/Berlin", 1, 11, 0).toString(),
                "title", title, "attendees", 1));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long id = booked.json().get("id").asLong();

        Api.Response csv = as(admin()).get("/api/v1/audit.csv?targetType=booking&targetId=" + id);

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<List<String>> rows = Csv.parse(csv.body());
        assertThat(rows.getFirst()).containsExactly("id", "occurredAt", "actorId", "action", "targetType", "targetId",
                "details");
        assertThat(rows).hasSize(2);
        List<String> row = rows.get(1);
        assertThat(row).hasSize(7);
        assertThat(row.get(2)).isEqualTo(String.valueOf(member.id()));
        assertThat(row.get(3)).isEqualTo("booking.created");
        assertThat(row.get(5)).isEqualTo(String.valueOf(id));
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(row.get(6))
                .get("after").get("title").asString()).isEqualTo(title);
    }

    @Test
    void audit_lines_go_to_the_audit_file_and_not_to_the_error_log() throws IOException {
        User member = member();
        long id = book(member, room(2), 1).json().get("id").asLong();

        String line = "action=booking.created actor=" + member.id() + " target=booking:" + id;
        assertThat(Files.readString(logFile("allot.audit", "AUDIT_FILE"))).contains(line);
        Path errorLog = logFile(org.slf4j.Logger.ROOT_LOGGER_NAME, "ERROR_FILE");
        assertThat(Files.exists(errorLog) ? Files.readString(errorLog) : "").doesNotContain("action=booking.created");
    }

    @Test
    void only_admins_may_read_the_log() {
        for (User user : List.of(member(), viewer())) {
            for (String path : List.of("/api/v1/audit", "/api/v1/audit.csv")) {
                Api.Response refused = as(user).get(path);
                assertThat(refused.status()).as(path).isEqualTo(403);
                assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
            }
        }
        assertThat(anonymous().get("/api/v1/audit").status()).isEqualTo(401);
        assertThat(as(admin()).get("/api/v1/audit").status()).isEqualTo(200);
    }

    @Test
    void a_time_range_that_ends_before_it_starts_is_a_400_naming_the_field() {
        Api.Response bad = as(admin()).get("/api/v1/audit?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"to\"");
    }

    private Api.Response book(User user, long room, int daysAhead) {
        return as(user).post("/api/v1/bookings", booking(room, at("Europe/Berlin", daysAhead, 10, 0),
                at("Europe/Berlin", daysAhead, 11, 0)));
    }

    private JsonNode find(String query) {
        Api.Response page = as(admin()).get("/api/v1/audit?" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json();
    }

    private JsonNode only(String query) {
        JsonNode page = find(query);
        assertThat(page.get("total").asLong()).as(query + " " + page).isEqualTo(1);
        return page.get("items").get(0);
    }

    private static Path logFile(String logger, String appender) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        FileAppender<?> file = (FileAppender<?>) context.getLogger(logger).getAppender(appender);
        assertThat(file).as(appender + " of " + logger).isNotNull();
        return Path.of(file.getFile());
    }
}
