package dev.allot.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookResource;
import dev.allot.booking.Bookings;
import dev.allot.space.ResourceId;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import dev.allot.testing.Eventually;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People without an email (the bot's users) book, are told of news in their inbox, and break nothing that mails. */
class PeopleWithoutEmailIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Autowired
    Identity identity;

    @Autowired
    Bookings bookings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void news_for_a_person_without_an_email_reaches_the_inbox_and_the_email_task_finishes_without_failing() {
        long id = as(admin()).post("/api/v1/people", Map.of("displayName", unique("Bot user"))).json().get("id")
                .asLong();
        CurrentUser botUser = identity.currentUser(new UserId(id)).orElseThrow();
        assertThat(botUser.email()).isNull();
        long room = resource(site(ZONE), "ROOM", 4);
        long booking = bookings.book(new BookResource(new ResourceId(room), at(ZONE, 2, 9, 0).toInstant(),
                at(ZONE, 2, 10, 0).toInstant(), null, null, null, null), botUser).booking().id().value();

        Api.Response cancelled = as(admin()).post("/api/v1/bookings/" + booking + "/cancel",
                Map.of("reason", "The room is needed"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from notification where user_id = :id").param("id", id)
                .query(Long.class).single()).isPositive();
        // each copy's task is named by its key, kind:type-id:recipient; a failing one would stay, retried
        Eventually.until("no email task left for person " + id,
                () -> jdbc.sql("select count(*) from scheduled_tasks where task_instance like :key")
                        .param("key", "%:" + id).query(Long.class).single(),
                left -> left == 0);
        Api.Response report = as(admin()).get("/api/v1/reports/people/" + id);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        Api.Response export = as(admin()).get("/api/v1/reports/bookings/export?format=csv&personId=" + id);
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.body()).doesNotContain("null").contains(botUser.displayName());
    }
}
