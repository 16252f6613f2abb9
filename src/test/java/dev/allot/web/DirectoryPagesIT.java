package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.TelegramAccount;
import dev.allot.identity.UserId;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The directory's pages without a browser: the CSV upload's report, the add form's refusals, the members' page. */
class DirectoryPagesIT extends AllotIntegrationTest {

    @Autowired
    Identity identity;

    @Test
    void an_uploaded_csv_adds_the_good_rows_and_the_page_lists_each_refused_line_and_why() {
        String team = unique("Upload");
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        String csv = "name,email,team\n"
                + "Uploaded One,," + team + "\n"
                + ",x@example.test," + team + "\n"
                + "Uploaded Two,not-an-email," + team + "\n";

        AdminWebSession.Response page = admin.upload("/admin/people/import",
                Map.of("_csrf", admin.csrfTokenOf("/admin/people")), "file", "people.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("One person added, 2 rows refused.")
                .contains("The name is missing.").contains("This is not an email address.")
                .contains("<td>3</td>").contains("<td>4</td>");
        assertThat(as(admin()).get("/api/v1/people?team=" + team).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void a_file_with_a_wrong_header_is_explained_and_adds_nobody() {
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        AdminWebSession.Response page = admin.upload("/admin/people/import",
                Map.of("_csrf", admin.csrfTokenOf("/admin/people")), "file", "people.csv", "text/csv",
                "fullname\nAnn\n".getBytes(StandardCharsets.UTF_8));

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("The file cannot be imported").contains("name,email,site,team");
    }

    @Test
    void the_add_form_says_why_it_was_refused_next_to_the_field_and_keeps_what_was_typed() {
        String email = unique("taken") + "@example.test";
        as(admin()).post("/api/v1/people", Map.of("displayName", "First", "email", email));
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        AdminWebSession.Response page = admin.submit("/admin/people", "/admin/people",
                Map.of("displayName", "Second Person", "email", email, "team", "", "homeSiteId", "", "role", "MEMBER",
                        "password", ""));

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("Somebody already has this email.").contains("value=\"Second Person\"")
                .contains("<details class=\"directory-add\" open");
    }

    @Test
    void an_admin_edits_a_person_and_unlinks_their_telegram_in_the_page() {
        long id = as(admin()).post("/api/v1/people", Map.of("displayName", unique("Editable"))).json().get("id")
                .asLong();
        CurrentUser person = identity.currentUser(new UserId(id)).orElseThrow();
        identity.linkTelegram(person.id(), new TelegramAccount(9_100_000_000L + id, "@editable"), person);
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        AdminWebSession.Response edited = admin.submit("/admin/people", "/admin/people/" + id,
                Map.of("displayName", "Edited Name", "email", "", "team", "Support", "homeSiteId", "",
                        "password", ""));
        AdminWebSession.Response unlinked = admin.submit("/admin/people", "/admin/people/" + id + "/telegram/unlink",
                Map.of());

        assertThat(edited.status()).as(edited.toString()).isEqualTo(302);
        assertThat(admin.follow(edited).body()).contains("Edited Name is saved.");
        assertThat(admin.follow(unlinked).body()).contains("Telegram account is unlinked");
        JsonNode now = as(admin()).get("/api/v1/people/" + id).json();
        assertThat(now.get("displayName").asString()).isEqualTo("Edited Name");
        assertThat(now.get("team").asString()).isEqualTo("Support");
        assertThat(now.get("telegram").isNull()).isTrue();
    }

    @Test
    void members_find_colleagues_by_part_of_a_name_and_by_team_without_their_emails() {
        String team = unique("Colleagues");
        String memberEmail = unique("ольга") + "@example.test";
        as(admin()).post("/api/v1/people", Map.of("displayName", "Ольга Петрова", "email", memberEmail, "team", team));
        as(admin()).post("/api/v1/people", Map.of("displayName", "Oleg Admin", "email",
                unique("oleg") + "@example.test", "team", team, "role", "ADMIN"));
        User member = member();
        AdminWebSession session = AdminWebSession.signedIn(port, member.email(), PASSWORD);

        String byTeam = session.get("/people?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8)).body();
        String byName = session.get("/people?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8) + "&q="
                + URLEncoder.encode("ОЛЬГ", StandardCharsets.UTF_8)).body();
        String russian = session.get("/people?lang=ru&team=" + URLEncoder.encode(team, StandardCharsets.UTF_8)).body();

        assertThat(byTeam).contains("Ольга Петрова").contains("Oleg Admin").contains("mailto:oleg")
                .doesNotContain(memberEmail).contains("2 people");
        assertThat(byName).contains("Ольга Петрова").doesNotContain("Oleg Admin").contains("One person");
        assertThat(russian).contains("Сотрудники").contains("Все команды");
        Api.Response api = as(member).get("/api/v1/people?team=" + team);
        assertThat(api.body()).doesNotContain(memberEmail);
    }
}
