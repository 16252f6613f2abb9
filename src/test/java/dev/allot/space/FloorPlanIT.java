package dev.allot.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Floor plans and positions over the API, on both databases: a plan is a PNG or SVG judged by its
 * bytes, served back with cache and sandbox headers; resources sit on it at fractions of its size.
 */
class FloorPlanIT extends AllotIntegrationTest {

    private static final String SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800">
              <rect x="10" y="10" width="300" height="200" fill="#ddd"/>
              <script>alert(document.cookie)</script>
            </svg>
            """;

    @Autowired
    Identity identity;

    @Autowired
    Spaces spaces;

    @Test
    void an_uploaded_png_is_measured_and_served_back_with_its_type_and_cache_headers() throws Exception {
        long floor = floor();
        byte[] png = png(640, 480);

        HttpResponse<byte[]> uploaded = put(floor, "image/png", png, admin().token());

        assertThat(uploaded.statusCode()).as(text(uploaded)).isEqualTo(201);
        JsonNode plan = json(uploaded);
        assertThat(plan.get("contentType").asString()).isEqualTo("image/png");
        assertThat(plan.get("width").asInt()).isEqualTo(640);
        assertThat(plan.get("height").asInt()).isEqualTo(480);
        assertThat(plan.get("size").asLong()).isEqualTo(png.length);

        HttpResponse<byte[]> served = get("/api/v1/floors/" + floor + "/plan", member().token(), Map.of());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(png);
        assertThat(header(served, "Content-Type")).isEqualTo("image/png");
        assertThat(header(served, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(served, "Content-Security-Policy")).startsWith("sandbox").contains("default-src 'none'");
        assertThat(header(served, "Cache-Control")).contains("no-cache").contains("private");
        assertThat(header(served, "Last-Modified")).isNotBlank();
        String etag = header(served, "ETag");
        assertThat(etag).isNotBlank();

        HttpResponse<byte[]> revalidated = get("/api/v1/floors/" + floor + "/plan", member().token(),
                Map.of("If-None-Match", etag));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();

        JsonNode floors = as(member()).get("/api/v1/sites/" + siteOf(floor) + "/floors").json();
        assertThat(floors.get(0).get("plan").get("url").asString()).isEqualTo("/api/v1/floors/" + floor + "/plan");
    }

    @Test
    void an_svg_is_measured_by_its_view_box_and_served_so_that_its_script_cannot_run_in_our_origin() throws Exception {
        long floor = floor();
        byte[] svg = SVG.getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> uploaded = put(floor, "image/svg+xml", svg, admin().token());

        assertThat(uploaded.statusCode()).as(text(uploaded)).isEqualTo(201);
        assertThat(json(uploaded).get("width").asInt()).isEqualTo(1200);
        assertThat(json(uploaded).get("height").asInt()).isEqualTo(800);
        HttpResponse<byte[]> served = get("/api/v1/floors/" + floor + "/plan", member().token(), Map.of());
        assertThat(served.body()).isEqualTo(svg);
        assertThat(header(served, "Content-Type")).startsWith("image/svg+xml");
        assertThat(header(served, "Content-Security-Policy")).startsWith("sandbox").contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(header(served, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void replacing_a_plan_gives_it_a_new_version_and_the_desks_keep_their_places() throws Exception {
        long floor = floor();
        long desk = resourceOn(floor, "DESK");
        put(floor, "image/png", png(100, 50), admin().token());
        String first = header(get("/api/v1/floors/" + floor + "/plan", admin().token(), Map.of()), "ETag");
        assertThat(as(admin()).put("/api/v1/resources/" + desk, draft(floor, desk, position(0.25, 0.75))).status())
                .isEqualTo(200);
        clock().set(clock().instant().plusSeconds(5));

        HttpResponse<byte[]> replaced = put(floor, "image/svg+xml", SVG.getBytes(StandardCharsets.UTF_8),
                admin().token());

        assertThat(replaced.statusCode()).as(text(replaced)).isEqualTo(200);
        HttpResponse<byte[]> served = get("/api/v1/floors/" + floor + "/plan", admin().token(), Map.of());
        assertThat(header(served, "Content-Type")).startsWith("image/svg+xml");
        assertThat(header(served, "ETag")).isNotEqualTo(first);
        JsonNode position = as(member()).get("/api/v1/resources/" + desk).json().get("position");
        assertThat(position.get("x").asDouble()).isEqualTo(0.25);
        assertThat(position.get("y").asDouble()).isEqualTo(0.75);
    }

    @Test
    void a_deleted_plan_is_gone_and_deleting_it_again_is_a_404() throws Exception {
        long floor = floor();
        put(floor, "image/png", png(20, 20), admin().token());

        Api.Response deleted = as(admin()).delete("/api/v1/floors/" + floor + "/plan");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/api/v1/floors/" + floor + "/plan", member().token(), Map.of()).statusCode()).isEqualTo(404);
        assertThat(as(admin()).delete("/api/v1/floors/" + floor + "/plan").status()).isEqualTo(404);
        assertThat(as(member()).get("/api/v1/sites/" + siteOf(floor) + "/floors").json().get(0).get("plan").isNull())
                .isTrue();
    }

    @Test
    void a_floor_without_a_plan_and_an_unknown_floor_are_404_problems() throws Exception {
        long floor = floor();

        Api.Response none = as(member()).get("/api/v1/floors/" + floor + "/plan");
        HttpResponse<byte[]> unknown = put(Long.MAX_VALUE / 2, "image/png", png(5, 5), admin().token());

        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown)).contains("/problems/not-found");
    }

    @Test
    void a_text_file_sent_as_a_png_is_refused_as_not_an_image_and_nothing_is_stored() throws Exception {
        long floor = floor();
        byte[] text = "these are notes, not a plan\n".repeat(10).getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> refused = put(floor, "image/png", text, admin().token());

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(text(refused)).contains("/problems/plan-not-an-image").contains("\"field\":\"plan\"");
        assertNoPlan(floor);
    }

    @Test
    void a_broken_png_is_refused_as_unreadable() throws Exception {
        long floor = floor();
        byte[] png = png(300, 200);
        byte[] broken = Arrays.copyOf(png, png.length / 2);
        for (int i = 60; i < broken.length; i++) {
            broken[i] = (byte) (i * 31);
        }

        HttpResponse<byte[]> refused = put(floor, "image/png", broken, admin().token());

        assertThat(refused.statusCode()).as(text(refused)).isEqualTo(422);
        assertThat(text(refused)).contains("/problems/plan-unreadable");
        assertNoPlan(floor);
    }

    @Test
    void an_svg_with_a_dtd_or_an_external_entity_is_refused_and_nothing_is_read_or_stored() throws Exception {
        long floor = floor();
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&secret;</text></svg>
                """;
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&lol2;</text></svg>
                """;

        for (String svg : List.of(external, laughs)) {
            HttpResponse<byte[]> refused = put(floor, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8),
                    admin().token());

            assertThat(refused.statusCode()).as(text(refused)).isEqualTo(422);
            assertThat(text(refused)).contains("/problems/plan-unsafe").doesNotContain("root:");
        }
        assertNoPlan(floor);
    }

    @Test
    void an_svg_without_a_size_or_broken_xml_is_refused_as_unreadable() throws Exception {
        long floor = floor();

        HttpResponse<byte[]> sizeless = put(floor, "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"5\" height=\"5\"/></svg>".getBytes(
                        StandardCharsets.UTF_8), admin().token());
        HttpResponse<byte[]> broken = put(floor, "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 5 5\"><rect></svg>".getBytes(
                        StandardCharsets.UTF_8), admin().token());

        assertThat(sizeless.statusCode()).isEqualTo(422);
        assertThat(text(sizeless)).contains("/problems/plan-unreadable").contains("viewBox");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertNoPlan(floor);
    }

    @Test
    void a_plan_over_five_megabytes_is_refused_as_too_large() throws Exception {
        long floor = floor();
        byte[] large = Arrays.copyOf(png(8, 8), 5 * 1024 * 1024 + 1);

        HttpResponse<byte[]> refused = put(floor, "image/png", large, admin().token());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(text(refused)).contains("/problems/plan-too-large");
        assertNoPlan(floor);
    }

    @Test
    void a_body_that_is_not_declared_png_or_svg_is_an_unsupported_media_type() throws Exception {
        long floor = floor();

        HttpResponse<byte[]> refused = put(floor, "image/jpeg", png(5, 5), admin().token());

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(header(refused, "Content-Type")).startsWith("application/problem+json");
        assertNoPlan(floor);
    }

    @Test
    void members_read_plans_but_only_admins_upload_or_remove_them_whichever_way_they_call() throws Exception {
        long floor = floor();
        put(floor, "image/png", png(10, 10), admin().token());
        User member = member();

        assertThat(put(floor, "image/png", png(12, 12), member.token()).statusCode()).isEqualTo(403);
        assertThat(as(member).delete("/api/v1/floors/" + floor + "/plan").status()).isEqualTo(403);
        assertThat(get("/api/v1/floors/" + floor + "/plan", member.token(), Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/floors/" + floor + "/plan", null, Map.of()).statusCode()).isEqualTo(401);

        var acting = identity.currentUser(new UserId(member.id())).orElseThrow();
        assertThatThrownBy(() -> spaces.saveFloorPlan(new FloorId(floor), png(12, 12), acting))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        assertThatThrownBy(() -> spaces.removeFloorPlan(new FloorId(floor), acting))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        assertThatThrownBy(() -> spaces.placeResource(new ResourceId(resourceOn(floor, "DESK")),
                new PlanPosition(0.5, 0.5), acting))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        assertThat(spaces.floorPlan(new FloorId(floor)).orElseThrow().width()).isEqualTo(10);
    }

    @Test
    void a_position_is_set_read_back_and_cleared_with_null_and_json_without_it_still_works() {
        long floor = floor();
        long desk = resourceOn(floor, "DESK");

        Api.Response placed = as(admin()).put("/api/v1/resources/" + desk, draft(floor, desk, position(0.125, 0.5)));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        assertThat(placed.json().get("position").get("x").asDouble()).isEqualTo(0.125);
        assertThat(placed.json().get("position").get("y").asDouble()).isEqualTo(0.5);

        Map<String, Object> cleared = draft(floor, desk, null);
        cleared.put("position", null);
        Api.Response removed = as(admin()).put("/api/v1/resources/" + desk, cleared);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().get("position").isNull()).isTrue();

        Api.Response created = as(admin()).post("/api/v1/resources", Map.of("siteId", siteOf(floor), "floorId", floor,
                "kind", "ROOM", "name", unique("room"), "capacity", 4,
                "position", Map.of("x", 0, "y", 1)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("position").get("y").asDouble()).isEqualTo(1.0);
        assertThat(as(member()).get("/api/v1/resources/" + resource(siteOf(floor), "DESK", 1)).json()
                .get("position").isNull()).isTrue();
    }

    @Test
    void a_position_outside_the_plan_is_a_400_naming_the_coordinate() {
        long floor = floor();
        long desk = resourceOn(floor, "DESK");

        Api.Response tooFarRight = as(admin()).put("/api/v1/resources/" + desk, draft(floor, desk, position(1.5, 0.5)));
        Api.Response aboveTheTop = as(admin()).put("/api/v1/resources/" + desk, draft(floor, desk, position(0.5, -0.1)));

        assertThat(tooFarRight.status()).isEqualTo(400);
        assertThat(tooFarRight.json().get("errors").get(0).get("field").asString()).isEqualTo("position.x");
        assertThat(aboveTheTop.status()).isEqualTo(400);
        assertThat(aboveTheTop.json().get("errors").get(0).get("field").asString()).isEqualTo("position.y");
        var admin = identity.currentUser(new UserId(admin().id())).orElseThrow();
        assertThatThrownBy(() -> spaces.placeResource(new ResourceId(desk), new PlanPosition(Double.NaN, 0), admin))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).startsWith("position.x"));
        assertThat(as(admin()).get("/api/v1/resources/" + desk).json().get("position").isNull()).isTrue();
    }

    @Test
    void a_resource_without_a_floor_cannot_be_placed() {
        long site = site("Europe/Berlin");
        long desk = resource(site, "DESK", 1);
        Map<String, Object> body = new HashMap<>(Map.of("siteId", site, "kind", "DESK", "name", unique("desk"),
                "capacity", 1, "position", position(0.5, 0.5)));

        Api.Response refused = as(admin()).put("/api/v1/resources/" + desk, body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("violations").get(0).get("rule").asString()).isEqualTo("position-needs-floor");
        assertThat(as(admin()).get("/api/v1/resources/" + desk).json().get("position").isNull()).isTrue();
    }

    @Test
    void uploading_and_removing_a_plan_and_moving_a_desk_are_in_the_audit_log() throws Exception {
        long floor = floor();
        long desk = resourceOn(floor, "DESK");
        put(floor, "image/png", png(40, 30), admin().token());
        as(admin()).put("/api/v1/resources/" + desk, draft(floor, desk, position(0.1, 0.2)));
        var admin = identity.currentUser(new UserId(admin().id())).orElseThrow();
        spaces.placeResource(new ResourceId(desk), new PlanPosition(0.3, 0.4), admin);
        as(admin()).delete("/api/v1/floors/" + floor + "/plan");

        JsonNode uploaded = audit("floor.plan-uploaded", "floor", floor);
        JsonNode removed = audit("floor.plan-removed", "floor", floor);
        JsonNode moves = as(admin()).get("/api/v1/audit?action=resource.updated&targetType=resource&targetId=" + desk)
                .json().get("items");

        assertThat(uploaded.get("details").get("after").get("contentType").asString()).isEqualTo("image/png");
        assertThat(uploaded.get("details").get("after").get("width").asInt()).isEqualTo(40);
        assertThat(removed.get("details").get("before").get("height").asInt()).isEqualTo(30);
        assertThat(removed.get("details").get("after").isNull()).isTrue();
        assertThat(moves).hasSize(2);
        JsonNode latest = moves.get(0).get("details");
        assertThat(latest.get("before").get("position").get("x").asDouble()).isEqualTo(0.1);
        assertThat(latest.get("after").get("position").get("y").asDouble()).isEqualTo(0.4);
        assertThat(latest.get("after").has("name")).as("only what changed").isFalse();
    }

    private JsonNode audit(String action, String type, long id) {
        JsonNode items = as(admin()).get("/api/v1/audit?action=" + action + "&targetType=" + type + "&targetId=" + id)
                .json().get("items");
        assertThat(items).as(action).hasSize(1);
        return items.get(0);
    }

    private void assertNoPlan(long floor) {
        assertThat(as(admin()).get("/api/v1/floors/" + floor + "/plan").status()).isEqualTo(404);
    }

    private final Map<Long, Long> sites = new HashMap<>();

    /** A new floor on a new site. */
    private long floor() {
        long site = site("Europe/Berlin");
        Api.Response floor = as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", "Floor 1", "level", 1));
        assertThat(floor.status()).as(floor.toString()).isEqualTo(201);
        long id = floor.json().get("id").asLong();
        sites.put(id, site);
        return id;
    }

    private long siteOf(long floor) {
        return sites.get(floor);
    }

    private long resourceOn(long floor, String kind) {
        Api.Response created = as(admin()).post("/api/v1/resources", Map.of("siteId", siteOf(floor), "floorId", floor,
                "kind", kind, "name", unique(kind.toLowerCase()), "capacity", 1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** The resource as the API shows it, as a PUT body, with {@code position} (left out when null). */
    private Map<String, Object> draft(long floor, long resource, @Nullable Map<String, Object> position) {
        JsonNode current = as(admin()).get("/api/v1/resources/" + resource).json();
        Map<String, Object> body = new HashMap<>(Map.of("siteId", siteOf(floor), "floorId", floor,
                "kind", current.get("kind").asString(), "name", current.get("name").asString(),
                "capacity", current.get("capacity").asInt()));
        if (position != null) {
            body.put("position", position);
        }
        return body;
    }

    private static Map<String, Object> position(double x, double y) {
        return Map.of("x", x, "y", y);
    }

    private HttpResponse<byte[]> put(long floor, String contentType, byte[] body, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/floors/" + floor + "/plan"))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private HttpResponse<byte[]> get(String path, @Nullable String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "*/*").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static @Nullable String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(200, 210, 220));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.DARK_GRAY);
        graphics.drawRect(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
