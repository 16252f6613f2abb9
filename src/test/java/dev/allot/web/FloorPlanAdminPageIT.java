package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The admin's floor-plan page over real HTTP: uploading through the form, the friendly refusals,
 * placing by the plain form (the page's script uses the same address and asks for JSON), and the
 * pages' address of the plan image.
 */
class FloorPlanAdminPageIT extends AllotIntegrationTest {

    private static final byte[] SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 400"><rect width="800" height="400" fill="#eee"/></svg>
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void an_admin_uploads_a_plan_on_the_page_and_members_get_it_at_the_pages_address_sandboxed_and_long_cached() {
        long site = site("Europe/Berlin");
        long floor = floor(site);
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(admin.get("/admin/sites/" + site).body()).contains("/admin/floors/" + floor + "/plan");

        AdminWebSession.Response upload = upload(admin, floor, "office.svg", "application/octet-stream", SVG);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(302);
        String page = admin.follow(upload).body();
        assertThat(page).contains("The plan of Floor 1 is saved.").contains("Current plan: SVG, 800 × 400.");
        String url = as(admin()).get("/api/v1/sites/" + site + "/floors").json().get(0).get("plan").get("url").asString();
        assertThat(url).isEqualTo("/api/v1/floors/" + floor + "/plan");
        assertThat(page).contains("src=\"/floors/" + floor + "/plan?v=");

        User member = member();
        AdminWebSession browser = AdminWebSession.signedIn(port, member.email(), PASSWORD);
        AdminWebSession.Response image = browser.get("/floors/" + floor + "/plan?v=1", Map.of("Accept", "image/*"));
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.bytes()).isEqualTo(SVG);
        assertThat(image.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(image.header("Cache-Control")).contains("max-age=31536000").contains("private");
        assertThat(image.header("Content-Security-Policy")).startsWith("sandbox");
        assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(AdminWebSession.anonymous(port).get("/floors/" + floor + "/plan").status()).isEqualTo(302);
        assertThat(browser.get("/admin/floors/" + floor + "/plan").status()).isEqualTo(403);
    }

    @Test
    void a_text_file_named_png_is_refused_with_a_friendly_message_and_nothing_is_stored() {
        long floor = floor(site("Europe/Berlin"));
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        AdminWebSession.Response upload = upload(admin, floor, "plan.png", "image/png",
                "not a plan at all\n".repeat(30).getBytes(StandardCharsets.UTF_8));

        assertThat(upload.status()).isEqualTo(302);
        assertThat(admin.follow(upload).body()).contains("This file is not a PNG or SVG image.");
        assertThat(as(admin()).get("/api/v1/floors/" + floor + "/plan").status()).isEqualTo(404);
    }

    @Test
    void a_plan_over_five_megabytes_gets_a_friendly_message_not_an_error() {
        long floor = floor(site("Europe/Berlin"));
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        byte[] large = Arrays.copyOf(SVG, 5 * 1024 * 1024 + 100 * 1024);

        AdminWebSession.Response upload = upload(admin, floor, "huge.svg", "image/svg+xml", large);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(302);
        assertThat(admin.follow(upload).body()).contains("The file is larger than 5 MB.");
        assertThat(as(admin()).get("/api/v1/floors/" + floor + "/plan").status()).isEqualTo(404);
    }

    @Test
    void the_plain_form_places_a_desk_in_per_cent_refuses_a_spot_off_the_plan_and_takes_it_off_again() {
        long site = site("Europe/Berlin");
        long floor = floor(site);
        long desk = desk(site, floor);
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        upload(admin, floor, "office.svg", "image/svg+xml", SVG);
        String page = "/admin/floors/" + floor + "/plan";

        AdminWebSession.Response placed = admin.submit(page, page + "/place",
                Map.of("resourceId", String.valueOf(desk), "x", "25", "y", "50,5"));

        assertThat(placed.status()).isEqualTo(302);
        assertThat(admin.follow(placed).body()).contains("is placed.").contains("class=\"plan-marker placed desk selected\"")
                .contains("left: 25.000%; top: 50.500%");
        JsonNode position = as(member()).get("/api/v1/resources/" + desk).json().get("position");
        assertThat(position.get("x").asDouble()).isEqualTo(0.25);
        assertThat(position.get("y").asDouble()).isEqualTo(0.505);

        AdminWebSession.Response offThePlan = admin.submit(page, page + "/place",
                Map.of("resourceId", String.valueOf(desk), "x", "150", "y", "10"));
        assertThat(admin.follow(offThePlan).body()).contains("A position is two numbers from 0 to 100");
        assertThat(as(admin()).get("/api/v1/resources/" + desk).json().get("position").get("x").asDouble())
                .isEqualTo(0.25);

        AdminWebSession.Response removed = admin.submit(page, page + "/place",
                Map.of("resourceId", String.valueOf(desk), "remove", "true"));
        assertThat(admin.follow(removed).body()).contains("is taken off the plan.");
        assertThat(as(admin()).get("/api/v1/resources/" + desk).json().get("position").isNull()).isTrue();
    }

    @Test
    void the_pages_script_gets_json_back_and_a_resource_of_another_floor_is_not_placed_here() {
        long site = site("Europe/Berlin");
        long floor = floor(site);
        long desk = desk(site, floor);
        long elsewhere = desk(site, floor(site, "Floor 2"));
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        upload(admin, floor, "office.svg", "image/svg+xml", SVG);
        String page = "/admin/floors/" + floor + "/plan";

        AdminWebSession.Response saved = admin.submit(page, page + "/place",
                Map.of("resourceId", String.valueOf(desk), "x", "12.5", "y", "80", "format", "json"));
        AdminWebSession.Response refused = admin.submit(page, page + "/place",
                Map.of("resourceId", String.valueOf(elsewhere), "x", "12.5", "y", "80", "format", "json"));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body()).contains("\"x\":0.125").contains("\"y\":0.8");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose a desk or room of this floor.");
        assertThat(as(admin()).get("/api/v1/resources/" + elsewhere).json().get("position").isNull()).isTrue();
    }

    @Test
    void saving_the_resource_form_keeps_its_place_on_the_plan_and_moving_it_to_another_floor_drops_it() {
        long site = site("Europe/Berlin");
        long floor = floor(site);
        long other = floor(site, "Floor 2");
        long desk = desk(site, floor);
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = "/admin/floors/" + floor + "/plan";
        admin.submit(page, page + "/place", Map.of("resourceId", String.valueOf(desk), "x", "40", "y", "60"));
        String name = as(admin()).get("/api/v1/resources/" + desk).json().get("name").asString();
        Map<String, String> form = Map.of("siteId", String.valueOf(site), "floorId", String.valueOf(floor),
                "kind", "DESK", "name", name, "capacity", "1", "active", "true");

        admin.submit("/admin/resources/" + desk, "/admin/resources/" + desk, form);
        assertThat(as(admin()).get("/api/v1/resources/" + desk).json().get("position").get("x").asDouble()).isEqualTo(0.4);
        assertThat(admin.get("/admin/resources/" + desk).body()).contains(page + "?resource=" + desk);

        java.util.Map<String, String> moved = new java.util.HashMap<>(form);
        moved.put("floorId", String.valueOf(other));
        admin.submit("/admin/resources/" + desk, "/admin/resources/" + desk, moved);
        assertThat(as(admin()).get("/api/v1/resources/" + desk).json().get("position").isNull()).isTrue();
    }

    @Test
    void the_plan_page_speaks_russian() {
        long floor = floor(site("Europe/Moscow"));
        // Another admin: the chosen language stays with the person, and the others expect English.
        User anotherAdmin = withRole("ADMIN");
        AdminWebSession admin = AdminWebSession.signedIn(port, anotherAdmin.email(), PASSWORD);

        String page = admin.get("/admin/floors/" + floor + "/plan?lang=ru").body();

        assertThat(page).contains("Изображение плана").contains("Загрузить план").contains("У этого этажа пока нет плана");
    }

    private long floor(long site) {
        return floor(site, "Floor 1");
    }

    private long floor(long site, String name) {
        Api.Response floor = as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", name, "level", 1));
        assertThat(floor.status()).as(floor.toString()).isEqualTo(201);
        return floor.json().get("id").asLong();
    }

    private long desk(long site, long floor) {
        Api.Response desk = as(admin()).post("/api/v1/resources", Map.of("siteId", site, "floorId", floor,
                "kind", "DESK", "name", unique("Desk"), "capacity", 1));
        assertThat(desk.status()).as(desk.toString()).isEqualTo(201);
        return desk.json().get("id").asLong();
    }

    private static AdminWebSession.Response upload(AdminWebSession admin, long floor, String fileName,
            String contentType, byte[] bytes) {
        String token = admin.csrfTokenOf("/admin/floors/" + floor + "/plan");
        return admin.upload("/admin/floors/" + floor + "/plan", Map.of("_csrf", token), "plan", fileName,
                contentType, bytes);
    }
}
