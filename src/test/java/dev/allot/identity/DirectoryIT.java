package dev.allot.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.platform.ProblemException;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The employee directory over /api/v1/people: admins write, everyone signed in reads colleagues. */
class DirectoryIT extends AllotIntegrationTest {

    @Autowired
    Identity identity;

    @Test
    void an_admin_adds_a_person_with_only_a_name_and_sees_everything_about_them() {
        String name = unique("Only a name");

        Api.Response added = as(admin()).post("/api/v1/people", Map.of("displayName", name));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode person = added.json();
        assertThat(person.get("displayName").asString()).isEqualTo(name);
        assertThat(person.get("email").isNull()).isTrue();
        assertThat(person.get("team").isNull()).isTrue();
        assertThat(person.get("role").asString()).isEqualTo("MEMBER");
        assertThat(person.get("active").asBoolean()).isTrue();
        assertThat(person.get("telegram").isNull()).isTrue();
        assertThat(added.header("Location")).isEqualTo("/api/v1/people/" + person.get("id").asLong());
        // the same id as the users API, with the same field names
        JsonNode user = as(admin()).get("/api/v1/users/" + person.get("id").asLong()).json();
        assertThat(user.get("displayName").asString()).isEqualTo(name);
        assertThat(user.get("email").isNull()).isTrue();
    }

    @Test
    void members_see_colleagues_with_name_team_and_site_but_only_admins_emails() {
        long site = site("Europe/Berlin");
        String team = unique("Team");
        long ann = add(Map.of("displayName", "Ann " + team, "email", unique("ann") + "@example.test", "team", team,
                "homeSiteId", site));
        long boss = add(Map.of("displayName", "Boss " + team, "email", unique("BOSS") + "@Example.test", "team", team,
                "role", "ADMIN"));

        Api.Response found = as(member()).get("/api/v1/people?team=" + team);

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonNode items = found.json().get("items");
        assertThat(items).hasSize(2);
        JsonNode annSeen = byId(items, ann);
        assertThat(annSeen.get("displayName").asString()).isEqualTo("Ann " + team);
        assertThat(annSeen.get("team").asString()).isEqualTo(team);
        assertThat(annSeen.get("homeSiteId").asLong()).isEqualTo(site);
        assertThat(annSeen.get("email").isNull()).as("a member's email is not shown to members").isTrue();
        assertThat(annSeen.has("role")).isFalse();
        assertThat(annSeen.has("telegram")).isFalse();
        assertThat(byId(items, boss).get("email").asString()).as("an admin's email, lower-cased")
                .endsWith("@example.test").startsWith("boss");
        assertThat(as(viewer()).get("/api/v1/people/" + ann).json().get("email").isNull()).isTrue();
        User self = member();
        JsonNode own = as(self).get("/api/v1/people/" + self.id()).json();
        assertThat(own.get("email").asString()).as("one's own entry is whole").isEqualTo(self.email());
        assertThat(own.has("telegram")).isTrue();
    }

    @Test
    void search_finds_part_of_a_name_in_any_case_cyrillic_too() {
        String team = unique("Search");
        long anna = add(Map.of("displayName", "Анна Ёлкина", "team", team));
        long ivan = add(Map.of("displayName", "Ivan ANNENKOV", "team", team));
        add(Map.of("displayName", "Пётр Сидоров", "team", team));

        assertThat(ids("/api/v1/people?team=" + team + "&q=" + encoded("анн"))).containsExactly(anna);
        assertThat(ids("/api/v1/people?team=" + team + "&q=" + encoded("АНН"))).containsExactly(anna);
        assertThat(ids("/api/v1/people?team=" + team + "&q=ann")).containsExactly(ivan);
        assertThat(ids("/api/v1/people?team=" + team + "&q=" + encoded("елк"))).as("ё is found as е").containsExactly(anna);
        assertThat(ids("/api/v1/people?team=" + team + "&q=%25")).as("a wildcard is a plain character").isEmpty();
        assertThat(ids("/api/v1/people?team=" + team)).hasSize(3);
    }

    @Test
    void people_are_filtered_by_home_site_and_paged() {
        long site = site("UTC");
        String team = unique("Paged");
        for (int i = 0; i < 3; i++) {
            add(Map.of("displayName", "Paged " + i, "team", team, "homeSiteId", site));
        }

        JsonNode first = as(admin()).get("/api/v1/people?siteId=" + site + "&size=2").json();

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("displayName").asString()).isEqualTo("Paged 0");
        assertThat(as(admin()).get("/api/v1/people?siteId=" + site + "&size=2&page=1").json().get("items")).hasSize(1);
        assertThat(as(admin()).get("/api/v1/people?size=0").status()).isEqualTo(400);
    }

    @Test
    void an_admin_edits_a_person_and_the_audit_log_says_what_changed() {
        long id = add(Map.of("displayName", unique("Before"), "team", "Sales"));
        String email = unique("after") + "@example.test";

        Api.Response edited = as(admin()).put("/api/v1/people/" + id, Map.of("displayName", "After Edit",
                "email", email.toUpperCase(), "team", "Marketing", "role", "VIEWER", "password", "a new password for the archive room"));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("email").asString()).isEqualTo(email);
        assertThat(edited.json().get("team").asString()).isEqualTo("Marketing");
        assertThat(edited.json().get("role").asString()).isEqualTo("VIEWER");
        assertThat(signIn(email, "a new password for the archive room").id()).isEqualTo(id);
        JsonNode audit = as(admin()).get("/api/v1/audit?targetType=user&targetId=" + id).json().get("items");
        List<String> actions = new ArrayList<>();
        audit.forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).contains("person.added", "person.updated", "user.role-changed");
        assertThat(audit.toString()).contains("Marketing").doesNotContain("a new password for the archive room");
    }

    @Test
    void refusals_name_the_field_and_the_reason() {
        User member = member();
        long id = add(Map.of("displayName", unique("Refusals")));
        String taken = unique("taken") + "@example.test";
        add(Map.of("displayName", "Taken", "email", taken));

        assertProblem(as(admin()).post("/api/v1/people", Map.of("email", "x@example.test")), 400, "displayName");
        assertProblem(as(admin()).post("/api/v1/people", Map.of("displayName", "X", "email", "not-an-email")), 400,
                "email");
        assertProblem(as(admin()).post("/api/v1/people", Map.of("displayName", "X", "password", "long enough")),
                400, "password");
        assertProblem(as(admin()).post("/api/v1/people", Map.of("displayName", "X", "email", taken.toUpperCase())),
                409, "email");
        assertProblem(as(admin()).put("/api/v1/people/" + id, Map.of("displayName", "X", "email", taken)), 409,
                "email");
        assertProblem(as(admin()).post("/api/v1/people", Map.of("displayName", "X", "homeSiteId", 987654321)), 422,
                "homeSiteId");
        assertThat(as(admin()).get("/api/v1/people/987654321").status()).isEqualTo(404);
        assertThat(as(admin()).put("/api/v1/people/987654321", Map.of("displayName", "X")).status()).isEqualTo(404);
        assertThat(as(admin()).delete("/api/v1/people/987654321").status()).isEqualTo(404);
        assertThat(as(member).post("/api/v1/people", Map.of("displayName", "X")).status()).isEqualTo(403);
        assertThat(as(member).put("/api/v1/people/" + id, Map.of("displayName", "X")).status()).isEqualTo(403);
        assertThat(as(member).delete("/api/v1/people/" + id).status()).isEqualTo(403);
        assertThat(as(member).delete("/api/v1/people/" + id + "/telegram").status()).isEqualTo(403);
        assertThat(csv(member, "name\nX\n").statusCode()).isEqualTo(403);
        assertThat(as(admin()).get("/api/v1/people/" + id).json().get("displayName").asString()).startsWith("Refusals");
    }

    @Test
    void mistyped_and_oversized_fields_are_400s_naming_them() {
        assertProblem(as(admin()).post("/api/v1/people", Map.of("displayName", "X", "role", "GOD")), 400, "role");
        assertProblem(as(admin()).post("/api/v1/people", Map.of("displayName", "X", "homeSiteId", "abc")), 400,
                "homeSiteId");
        assertProblem(as(admin()).post("/api/v1/people", Map.of("displayName", "n".repeat(101))), 400, "displayName");
        assertProblem(as(admin()).post("/api/v1/people", Map.of("displayName", "X", "team", "t".repeat(101))), 400,
                "team");
        assertProblem(as(admin()).post("/api/v1/people", "{\"displayName\": "), 400, null);
        assertProblem(as(admin()).get("/api/v1/people?siteId=abc"), 400, null);
    }

    @Test
    void a_removed_person_cannot_sign_in_and_leaves_the_colleague_view() {
        String email = unique("leaver") + "@example.test";
        long id = add(Map.of("displayName", unique("Leaver"), "email", email, "password", PASSWORD));
        User leaver = signIn(email, PASSWORD);

        assertThat(as(admin()).delete("/api/v1/people/" + id).status()).isEqualTo(204);

        assertThat(as(leaver).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/v1/auth/token", Map.of("email", email, "password", PASSWORD)).status())
                .isEqualTo(401);
        assertThat(as(member()).get("/api/v1/people/" + id).status()).isEqualTo(404);
        assertThat(as(admin()).get("/api/v1/people/" + id).json().get("active").asBoolean()).isFalse();
    }

    @Test
    void a_person_without_a_password_or_email_cannot_sign_in() {
        String email = unique("nopassword") + "@example.test";
        add(Map.of("displayName", unique("No password"), "email", email));

        Api.Response refused = anonymous().post("/api/v1/auth/token", Map.of("email", email, "password", "anything"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.json().get("type").asString()).endsWith("/bad-credentials");
    }

    @Test
    void a_csv_import_adds_the_good_rows_and_reports_each_refused_one_with_its_line() {
        long site = site("Europe/Berlin");
        String siteName = as(admin()).get("/api/v1/sites/" + site).json().get("name").asString();
        String team = unique("Imported");
        String taken = unique("stored") + "@example.test";
        add(Map.of("displayName", "Stored", "email", taken));
        String first = unique("first") + "@example.test";
        String csv = "name,email,site,team\n"
                + "Ann Import," + first + "," + siteName.toUpperCase() + "," + team + "\n"
                + "\"Bob, the Builder\",," + site + "," + team + "\n"
                + ",nobody@example.test,," + team + "\n"
                + "Repeat," + first.toUpperCase() + ",," + team + "\n"
                + "Stored Again," + taken + ",," + team + "\n"
                + "\n"
                + "Nowhere,,No such site " + team + "," + team + "\n"
                + "Bad Mail,not-an-email,," + team + "\n"
                + "Анна Импорт,,," + team + "\n";

        HttpResponse<String> response = csv(admin(), csv);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
        assertThat(report.get("addedCount").asInt()).isEqualTo(3);
        Map<Integer, String> refused = new HashMap<>();
        report.get("refused").forEach(row -> refused.put(row.get("line").asInt(), row.get("reason").asString()));
        assertThat(refused).containsExactlyInAnyOrderEntriesOf(Map.of(4, "name-missing", 5, "email-repeated",
                6, "email-taken", 8, "site-unknown", 9, "email-invalid"));
        JsonNode people = as(admin()).get("/api/v1/people?team=" + team).json().get("items");
        assertThat(people).hasSize(3);
        assertThat(byName(people, "Ann Import").get("homeSiteId").asLong()).isEqualTo(site);
        assertThat(byName(people, "Ann Import").get("email").asString()).isEqualTo(first);
        assertThat(byName(people, "Bob, the Builder").get("homeSiteId").asLong()).isEqualTo(site);
        assertThat(byName(people, "Анна Импорт").get("email").isNull()).isTrue();
    }

    @Test
    void a_csv_with_a_wrong_header_is_refused_as_a_whole() {
        HttpResponse<String> response = csv(admin(), "fullname,mail\nAnn,ann@example.test\n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("file").contains("fullname");
    }

    @Test
    void a_telegram_account_links_to_one_person_and_is_free_again_once_an_admin_unlinks_it() {
        long telegramId = 7_000_000_000L + Math.abs(unique("tg").hashCode());
        UserId ann = new UserId(add(Map.of("displayName", unique("Ann Telegram"))));
        UserId bob = new UserId(add(Map.of("displayName", unique("Bob Telegram"))));
        CurrentUser annHerself = identity.currentUser(ann).orElseThrow();
        CurrentUser bobHimself = identity.currentUser(bob).orElseThrow();

        PersonView linked = identity.linkTelegram(ann, new TelegramAccount(telegramId, "@ann"), annHerself);

        assertThat(linked.telegram()).isEqualTo(new TelegramAccount(telegramId, "@ann"));
        assertThat(identity.currentUserByTelegram(telegramId)).map(CurrentUser::id).contains(ann);
        JsonNode seen = as(admin()).get("/api/v1/people/" + ann.value()).json().get("telegram");
        assertThat(seen.get("id").asLong()).isEqualTo(telegramId);
        assertThat(seen.get("name").asString()).isEqualTo("@ann");
        assertConflict(() -> identity.linkTelegram(bob, new TelegramAccount(telegramId, "@ann"), bobHimself),
                "telegram-taken");
        assertConflict(() -> identity.linkTelegram(ann, new TelegramAccount(telegramId + 1, "@other"), annHerself),
                "telegram-linked");
        assertThatThrownBy(() -> identity.linkTelegram(ann, new TelegramAccount(telegramId + 2, "@x"), bobHimself))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo("forbidden"));

        Api.Response unlinked = as(admin()).delete("/api/v1/people/" + ann.value() + "/telegram");

        assertThat(unlinked.status()).as(unlinked.toString()).isEqualTo(200);
        assertThat(unlinked.json().get("telegram").isNull()).isTrue();
        assertThat(identity.currentUserByTelegram(telegramId)).isEmpty();
        assertThat(identity.linkTelegram(bob, new TelegramAccount(telegramId, "@ann"), bobHimself).telegram())
                .isNotNull();
        List<String> actions = new ArrayList<>();
        as(admin()).get("/api/v1/audit?targetType=user&targetId=" + ann.value()).json().get("items")
                .forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).contains("person.telegram-linked", "person.telegram-unlinked");
    }

    private long add(Map<String, ?> person) {
        Api.Response added = as(admin()).post("/api/v1/people", person);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<Long> ids(String path) {
        Api.Response found = as(member()).get(path);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        found.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private HttpResponse<String> csv(User user, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/people/import"))
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Authorization", "Bearer " + user.token())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode byId(JsonNode items, long id) {
        for (JsonNode item : items) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no person " + id + " in " + items);
    }

    private static JsonNode byName(JsonNode items, String name) {
        for (JsonNode item : items) {
            if (item.get("displayName").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no " + name + " in " + items);
    }

    private static void assertProblem(Api.Response response, int status, @Nullable String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("errors").toString()).as(response.toString()).contains("\"" + field + "\"");
        }
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String type) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status().value()).isEqualTo(409);
            assertThat(e.type()).isEqualTo(type);
        });
    }
}
