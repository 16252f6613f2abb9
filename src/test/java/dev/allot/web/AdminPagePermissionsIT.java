package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may open and post the admin pages, over real HTTP with a session cookie, as a browser would. */
class AdminPagePermissionsIT extends AllotIntegrationTest {

    private static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/sites", "/admin/sites/new",
            "/admin/resources", "/admin/resources/new", "/admin/people", "/admin/approvals", "/admin/bookings",
            "/admin/audit", "/admin/limits", "/admin/backups", "/admin/tokens");

    @Test
    void a_member_gets_the_friendly_not_allowed_page_on_admin_pages() {
        User member = member();
        AdminWebSession session = AdminWebSession.signedIn(port, member.email(), PASSWORD);

        for (String path : List.of("/admin", "/admin/sites", "/admin/people", "/admin/resources", "/admin/approvals",
                "/admin/bookings")) {
            AdminWebSession.Response page = session.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).contains("Not allowed").contains("Your role does not allow this.")
                    .doesNotContain("Whitelabel");
        }
    }

    @Test
    void a_member_cannot_post_an_admin_form_even_with_a_valid_csrf_token() {
        User member = member();
        AdminWebSession session = AdminWebSession.signedIn(port, member.email(), PASSWORD);
        String name = unique("Sneaky site");

        AdminWebSession.Response post = session.submit("/me", "/admin/sites",
                Map.of("name", name, "timeZone", "Europe/Berlin", "hours", "always"));

        assertThat(post.status()).isEqualTo(403);
        assertThat(as(admin()).get("/api/v1/sites").body()).doesNotContain(name);
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        AdminWebSession anonymous = AdminWebSession.anonymous(port);

        for (String path : List.of("/admin", "/admin/sites", "/admin/people")) {
            AdminWebSession.Response page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/login");
        }
    }

    @Test
    void an_admin_form_posted_without_its_csrf_token_is_refused_even_for_an_admin() {
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        String refused = unique("No token site");
        String accepted = unique("Token site");
        Map<String, String> fields = Map.of("timeZone", "Europe/Berlin", "hours", "always");

        AdminWebSession.Response withoutToken = admin.post("/admin/sites", with(fields, "name", refused));
        AdminWebSession.Response withToken = admin.submit("/admin/sites/new", "/admin/sites",
                with(fields, "name", accepted));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withToken.status()).as("the same form with its token goes through").isEqualTo(302);
        String sites = as(admin()).get("/api/v1/sites").body();
        assertThat(sites).contains(accepted).doesNotContain(refused);
    }

    @Test
    void an_admin_sees_every_admin_page_in_english_and_in_russian() {
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        for (String path : ADMIN_PAGES) {
            AdminWebSession.Response page = admin.get(path);
            assertThat(page.status()).as(path + " " + page).isEqualTo(200);
            assertThat(page.body()).as(path).contains("aria-label=\"Administration\"");
        }
    }

    @Test
    void the_admin_pages_speak_russian_once_chosen() {
        User anotherAdmin = withRole("ADMIN");
        AdminWebSession admin = AdminWebSession.signedIn(port, anotherAdmin.email(), PASSWORD);

        AdminWebSession.Response sites = admin.get("/admin/sites?lang=ru");
        AdminWebSession.Response people = admin.get("/admin/people");

        assertThat(sites.body()).contains("Площадки").contains("Новая площадка");
        assertThat(people.body()).contains("Сохранить роль").contains("Наблюдатель");
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put(name, value);
        return all;
    }
}
