package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's audit page over real HTTP with a session, as a browser would use it. */
class AdminAuditPageIT extends AllotIntegrationTest {

    @Test
    void an_admin_filters_the_log_to_one_persons_role_change() {
        User member = member();
        User admin = admin();
        as(admin).put("/api/v1/users/" + member.id() + "/role", Map.of("role", "VIEWER"));
        AdminWebSession session = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        AdminWebSession.Response page = session.get("/admin/audit?action=user.role-changed&targetType=user&targetId="
                + member.id() + "&from=&to=&actorId=");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body())
                .contains("aria-label=\"Administration\"")
                .contains("aria-current=\"page\"")
                .contains("Audit log")
                .contains("1 record")
                .contains("user " + member.id())
                .contains("{&quot;role&quot;:&quot;MEMBER&quot;}")
                .contains("{&quot;role&quot;:&quot;VIEWER&quot;}")
                .contains("href=\"/admin/audit.csv?action=user.role-changed&amp;targetType=user&amp;targetId="
                        + member.id() + "\"");
    }

    @Test
    void the_download_link_gives_the_same_selection_as_csv() {
        User member = member();
        AdminWebSession session = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        AdminWebSession.Response csv = session.get("/admin/audit.csv?action=user.registered&targetId=" + member.id(),
                Map.of());

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("audit.csv");
        assertThat(csv.body().split("\r\n")).hasSize(2);
        assertThat(csv.body()).startsWith("id,occurredAt,actorId,action,targetType,targetId,details\r\n")
                .contains(",user.registered,user," + member.id() + ",");
    }

    @Test
    void a_to_day_before_the_from_day_is_explained_on_the_page() {
        AdminWebSession session = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        AdminWebSession.Response page = session.get("/admin/audit?from=2026-03-02&to=2026-03-01");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("must not be before");
    }

    @Test
    void the_page_speaks_russian_once_chosen() {
        // Another admin: the chosen language stays with the person, and the others expect English.
        User anotherAdmin = withRole("ADMIN");
        AdminWebSession session = AdminWebSession.signedIn(port, anotherAdmin.email(), PASSWORD);

        AdminWebSession.Response page = session.get("/admin/audit?lang=ru");

        assertThat(page.body()).contains("Журнал событий").contains("Скачать CSV");
    }

    @Test
    void a_member_gets_the_not_allowed_page_and_no_csv() {
        User member = member();
        AdminWebSession session = AdminWebSession.signedIn(port, member.email(), PASSWORD);

        assertThat(session.get("/admin/audit").status()).isEqualTo(403);
        assertThat(session.get("/admin/audit.csv").status()).isEqualTo(403);
    }
}
