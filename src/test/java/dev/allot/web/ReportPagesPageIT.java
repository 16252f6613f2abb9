package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reports page over real HTTP with a session, as a browser would use it. */
class ReportPagesPageIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    private void book(User who, long room, int daysAhead, String title) {
        Api.Response booked = as(who).post("/api/v1/bookings", Map.of("resourceId", room,
                "startsAt", at(ZONE, daysAhead, 10, 0).toString(), "endsAt", at(ZONE, daysAhead, 11, 0).toString(),
                "title", title, "attendees", 1));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }

    @Test
    void a_member_sees_their_own_bookings_of_a_room_and_not_the_others() {
        long room = resource(site(ZONE), "ROOM", 4);
        User ann = member();
        User bob = member();
        book(ann, room, 1, "Ann's planning");
        book(bob, room, 2, "Bob's secret review");
        WebSession session = WebSession.signedIn(port, ann.email(), PASSWORD);

        HttpResponse<String> page = session.get("/reports?resourceId=" + room);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Booking reports")
                .contains("Ann&#39;s planning")
                .doesNotContain("Bob&#39;s secret review")
                .contains("Times in Europe/Berlin")
                .contains("1 booking")
                .contains("You see your own bookings")
                .contains("href=\"/reports/export?resourceId=" + room + "&amp;format=xlsx\"");
    }

    @Test
    void a_member_cannot_open_another_persons_report_or_its_download() {
        User ann = member();
        User bob = member();
        WebSession session = WebSession.signedIn(port, ann.email(), PASSWORD);

        assertThat(session.get("/reports?personId=" + bob.id()).statusCode()).isEqualTo(403);
        assertThat(session.get("/reports/export?format=csv&personId=" + bob.id()).statusCode()).isEqualTo(403);
    }

    @Test
    void the_download_links_give_csv_and_excel_files() {
        long room = resource(site(ZONE), "ROOM", 4);
        User ann = member();
        book(ann, room, 1, "Standup");
        WebSession session = WebSession.signedIn(port, ann.email(), PASSWORD);

        HttpResponse<String> csv = session.get("/reports/export?format=csv&resourceId=" + room);
        HttpResponse<String> xlsx = session.get("/reports/export?format=xlsx&resourceId=" + room);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFBooking,").contains(",Standup,");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("bookings-room-" + room + ".xlsx"));
    }

    @Test
    void a_to_day_before_the_from_day_is_explained_on_the_page() {
        WebSession session = WebSession.signedIn(port, member().email(), PASSWORD);

        HttpResponse<String> page = session.get("/reports?from=2026-03-02&to=2026-03-01");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("must not be before");
    }

    @Test
    void an_admin_filters_by_person_and_the_page_speaks_russian() {
        User ann = member();
        long room = resource(site(ZONE), "ROOM", 4);
        book(ann, room, 1, "Sync");
        // Another admin: the chosen language stays with the person, and the others expect English.
        User anotherAdmin = withRole("ADMIN");
        WebSession session = WebSession.signedIn(port, anotherAdmin.email(), PASSWORD);

        HttpResponse<String> page = session.get("/reports?lang=ru&personId=" + ann.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Отчёты о бронированиях").contains("Sync").contains("Скачать Excel");
    }
}
