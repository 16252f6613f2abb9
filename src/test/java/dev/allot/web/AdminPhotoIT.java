package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
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
import java.util.Map;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The resource photo over real HTTP, on both databases: uploaded through the admin's form, kept
 * in the database, served to anyone signed in (a browser's session or an API client's bearer token)
 * with its real type and cache headers.
 */
class AdminPhotoIT extends AllotIntegrationTest {

    @Test
    void an_uploaded_png_is_served_to_members_with_its_type_and_long_lived_cache_headers() throws IOException {
        long resourceId = room(4);
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        byte[] png = png(64, 48);

        AdminWebSession.Response upload = upload(admin, resourceId, "room.png", "image/png", png);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(302);
        assertThat(admin.follow(upload).body()).contains("The photo is saved.");
        String photoUrl = as(member()).get("/api/v1/resources/" + resourceId).json().get("photoUrl").asString();
        assertThat(photoUrl).startsWith("/resources/" + resourceId + "/photo");

        User member = member();
        AdminWebSession memberSession = AdminWebSession.signedIn(port, member.email(), PASSWORD);
        AdminWebSession.Response photo = memberSession.get(photoUrl, Map.of());
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.header("Content-Type")).isEqualTo("image/png");
        assertThat(photo.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(photo.header("Cache-Control")).contains("max-age=31536000").contains("private");
        assertThat(photo.bytes()).isEqualTo(png);
        String etag = photo.header("ETag");
        assertThat(etag).isNotBlank();

        AdminWebSession.Response revalidated = memberSession.get(photoUrl, Map.of("If-None-Match", etag));
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.bytes()).isEmpty();
    }

    @Test
    void a_new_upload_replaces_the_photo_under_a_new_address_and_removing_it_clears_the_address() throws IOException {
        long resourceId = room(4);
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        upload(admin, resourceId, "first.png", "image/png", png(10, 10));
        String first = photoUrl(resourceId);
        byte[] jpeg = jpeg(20, 20);

        upload(admin, resourceId, "second.jpg", "image/jpeg", jpeg);
        String second = photoUrl(resourceId);
        AdminWebSession.Response served = admin.get(second, Map.of());

        assertThat(second).isNotEqualTo(first);
        assertThat(served.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(served.bytes()).isEqualTo(jpeg);

        AdminWebSession.Response removed = admin.submit("/admin/resources/" + resourceId,
                "/admin/resources/" + resourceId + "/photo/delete", Map.of());
        assertThat(removed.status()).isEqualTo(302);
        assertThat(as(admin()).get("/api/v1/resources/" + resourceId).json().get("photoUrl").isNull()).isTrue();
        assertThat(admin.get("/resources/" + resourceId + "/photo").status()).isEqualTo(404);
    }

    @Test
    void a_webp_is_known_by_its_bytes_whatever_its_name_and_claimed_type() {
        long resourceId = room(4);
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        byte[] webp = "RIFF\u0000\u0000\u0000\u0000WEBPVP8 tiny picture".getBytes(StandardCharsets.ISO_8859_1);

        upload(admin, resourceId, "photo.jpg", "application/octet-stream", webp);
        AdminWebSession.Response served = admin.get(photoUrl(resourceId), Map.of());

        assertThat(served.header("Content-Type")).isEqualTo("image/webp");
        assertThat(served.bytes()).isEqualTo(webp);
    }

    @Test
    void a_text_file_named_png_is_refused_with_a_friendly_message_whatever_type_the_client_claims() {
        long resourceId = room(4);
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        byte[] text = "just some notes, not a picture\n".repeat(20).getBytes(StandardCharsets.UTF_8);

        AdminWebSession.Response upload = upload(admin, resourceId, "notes.png", "image/png", text);

        assertThat(upload.status()).isEqualTo(302);
        assertThat(admin.follow(upload).body()).contains("This file is not a JPEG, PNG or WebP picture.");
        assertThat(admin.get("/resources/" + resourceId + "/photo").status()).isEqualTo(404);
        assertThat(as(admin()).get("/api/v1/resources/" + resourceId).json().get("photoUrl").isNull()).isTrue();
    }

    @Test
    void a_file_over_five_megabytes_is_refused_with_a_friendly_message_not_an_error() throws IOException {
        long resourceId = room(4);
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        byte[] large = Arrays.copyOf(png(8, 8), 5 * 1024 * 1024 + 100 * 1024);

        AdminWebSession.Response upload = upload(admin, resourceId, "huge.png", "image/png", large);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(302);
        assertThat(admin.follow(upload).body()).contains("The file is larger than 5 MB.");
        assertThat(admin.get("/resources/" + resourceId + "/photo").status()).isEqualTo(404);
    }

    @Test
    void a_signed_out_browser_opening_a_photo_is_sent_to_sign_in() throws IOException {
        long resourceId = room(4);
        upload(AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD), resourceId, "room.png", "image/png",
                png(10, 10));

        AdminWebSession.Response photo = AdminWebSession.anonymous(port).get(photoUrl(resourceId));

        assertThat(photo.status()).isEqualTo(302);
        assertThat(photo.location()).endsWith("/login");
    }

    @Test
    void an_api_client_with_a_bearer_token_gets_the_photo_itself() throws Exception {
        long resourceId = room(4);
        byte[] png = png(32, 24);
        upload(AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD), resourceId, "room.png", "image/png", png);

        HttpResponse<byte[]> photo = fetch(photoUrl(resourceId), member().token());

        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(photo.body()).isEqualTo(png);
    }

    @Test
    void an_api_client_without_a_token_gets_a_401_problem_not_the_sign_in_page() throws Exception {
        long resourceId = room(4);
        upload(AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD), resourceId, "room.png", "image/png",
                png(10, 10));

        HttpResponse<byte[]> photo = fetch(photoUrl(resourceId), null);

        assertThat(photo.statusCode()).isEqualTo(401);
        assertThat(photo.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new String(photo.body(), StandardCharsets.UTF_8))
                .contains("https://allot.dev/problems/unauthorized").doesNotContain("<html");
        assertThat(photo.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void an_api_client_with_a_dead_token_is_told_so() throws Exception {
        long resourceId = room(4);
        upload(AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD), resourceId, "room.png", "image/png",
                png(10, 10));

        HttpResponse<byte[]> photo = fetch(photoUrl(resourceId), "allot_not-a-real-token");

        assertThat(photo.statusCode()).isEqualTo(401);
        assertThat(new String(photo.body(), StandardCharsets.UTF_8)).contains("https://allot.dev/problems/invalid-token");
    }

    /** A GET as an API client sends it: any type accepted, a bearer token or none, no cookies. */
    private HttpResponse<byte[]> fetch(String path, @Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "*/*").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** Uploads through the resource page's form, with its CSRF token. */
    private static AdminWebSession.Response upload(AdminWebSession admin, long resourceId, String fileName,
            String contentType, byte[] bytes) {
        String token = admin.csrfTokenOf("/admin/resources/" + resourceId);
        return admin.upload("/admin/resources/" + resourceId + "/photo", Map.of("_csrf", token), "photo", fileName,
                contentType, bytes);
    }

    private String photoUrl(long resourceId) {
        return as(admin()).get("/api/v1/resources/" + resourceId).json().get("photoUrl").asString();
    }

    static byte[] png(int width, int height) throws IOException {
        return image(width, height, "png");
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        return image(width, height, "jpg");
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(46, 147, 60));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
