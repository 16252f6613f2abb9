package dev.allot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookResource;
import dev.allot.booking.BookingEventFlow;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Eventually;
import dev.allot.testing.Api;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Booking news reaches people's inboxes through durable db-scheduler tasks. */
class InboxIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Autowired
    BookingEventFlow events;

    @Autowired
    Bookings bookings;

    @Autowired
    Identity identity;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_booking_waiting_for_approval_tells_the_admins_and_the_approval_tells_the_booker() {
        User member = member();
        long room = resource(site(ZONE), "ROOM", 8, true);
        OffsetDateTime start = at(ZONE, 5, 10, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        awaitNotification(admin(), n -> n.get("kind").asString().equals("approval-needed")
                && n.get("body").asString().contains("10:00"));
        as(admin()).post("/api/v1/bookings/" + id + "/approve", null);
        JsonNode approved = awaitNotification(member, n -> n.get("kind").asString().equals("booking-approved"));

        assertThat(approved.get("title").asString()).startsWith("Approved: ");
        assertThat(approved.get("read").asBoolean()).isFalse();
        assertThat(approved.get("body").asString()).contains("Administrator approved");
        // People know what they did themselves: the booker's own booking is no news in their inbox.
        assertThat(kinds(member)).containsExactly("booking-approved");
    }

    @Test
    void a_booking_cancelled_by_an_admin_tells_the_booker_why_in_their_language() {
        User member = member();
        identity.updatePreferences(new UserId(member.id()), "ru", null);
        long room = room(6);
        OffsetDateTime start = at(ZONE, 6, 14, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        as(admin()).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "ремонт"));
        JsonNode cancelled = awaitNotification(member, n -> n.get("kind").asString().equals("booking-cancelled"));

        assertThat(cancelled.get("title").asString()).startsWith("Отменено: ");
        assertThat(cancelled.get("body").asString()).contains("Причина: ремонт");
    }

    @Test
    void a_booking_whose_transaction_rolls_back_leaves_no_message_and_schedules_nothing() {
        User member = member();
        long admin = admin().id();
        long room = resource(site(ZONE), "ROOM", 6, true);
        OffsetDateTime start = at(ZONE, 7, 9, 0);
        CurrentUser booker = new CurrentUser(new UserId(member.id()), member.email(), "Member", Role.MEMBER);

        long lastBefore = jdbc.sql("select coalesce(max(id), 0) from booking_outbox").query(Long.class).single();
        BookingView rolledBack = transactions.execute(tx -> {
            BookingView booking = bookings.book(new BookResource(new ResourceId(room), start.toInstant(),
                    start.plusHours(1).toInstant(), "Never", 1, null, null), booker).booking();
            // the event is stored for the news, the webhooks and the read model in this transaction; the
            // messages follow it only after a commit (ADR 26)
            assertThat(storedAfter(lastBefore)).as("stored inside the transaction")
                    .contains("news", "webhooks", "occupancy");
            assertThat(messages("approval-needed", booking, admin)).as("not before the commit").isZero();
            tx.setRollbackOnly();
            return booking;
        });

        assertThat(events.awaitHandled(java.time.Duration.ofSeconds(20))).isTrue();
        assertThat(messages("approval-needed", rolledBack, admin)).isZero();
        assertThat(emailTasks("booking-created", rolledBack, member.id())).isZero();
        assertThat(as(member).get("/api/v1/bookings").json().get("total").asLong()).isZero();
    }

    @Test
    void people_mark_their_own_notifications_read_and_nobody_elses() {
        User member = member();
        long room = room(6);
        OffsetDateTime start = at(ZONE, 8, 9, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();
        as(admin()).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Fire drill"));
        long notification = awaitNotification(member, n -> true).get("id").asLong();

        Api.Response byStranger = as(member()).post("/api/v1/notifications/" + notification + "/read", null);
        Api.Response byOwner = as(member).post("/api/v1/notifications/" + notification + "/read", null);

        assertThat(byStranger.status()).isEqualTo(404);
        assertThat(byOwner.status()).isEqualTo(200);
        assertThat(byOwner.json().get("read").asBoolean()).isTrue();
        assertThat(as(member).get("/api/v1/notifications").json().get("unread").asLong()).isZero();
    }

    /** The consumers events were stored for after {@code lastEvent}. */
    private java.util.List<String> storedAfter(long lastEvent) {
        return jdbc.sql("select consumer from booking_outbox_pending where event_id > :last").param("last", lastEvent)
                .query(String.class).list();
    }

    private long messages(String kind, BookingView booking, long userId) {
        return jdbc.sql("select count(*) from notification where delivery_key = :key")
                .param("key", kind + ":booking-" + booking.id().value() + ":" + userId)
                .query(Long.class).single();
    }

    private long emailTasks(String kind, BookingView booking, long userId) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_instance = :instance "
                        + "and task_name = 'notify-email'")
                .param("instance", kind + ":booking-" + booking.id().value() + ":" + userId)
                .query(Long.class).single();
    }

    private java.util.List<String> kinds(User user) {
        return as(user).get("/api/v1/notifications?size=100").json().get("items").valueStream()
                .map(item -> item.get("kind").asString()).toList();
    }

    /** Polls the inbox: delivery is asynchronous, but bounded by the scheduler's polling interval. */
    private JsonNode awaitNotification(User user, Predicate<JsonNode> wanted) {
        return Eventually.until("a matching notification for " + user.email(),
                        () -> as(user).get("/api/v1/notifications?size=100").json().get("items"),
                        items -> items.valueStream().anyMatch(wanted))
                .valueStream().filter(wanted).findFirst().orElseThrow();
    }
}
