package dev.allot.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * What the API answers to requests it cannot carry out: always a 4xx problem detail
 * (application/problem+json with type, title, status, detail), naming the field at fault in
 * {@code errors[].field} for 400 and 422; never a 500.
 */
class BadInputIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    // --- malformed and mistyped bodies --------------------------------------------------------------

    @Test
    void malformed_json_is_a_400_naming_the_body() {
        Api.Response response = as(admin()).post("/api/v1/sites", "{\"name\": \"Broken\", \"timeZone\": ");

        assertInvalid(response, 400, "body");
    }

    @Test
    void an_unknown_resource_kind_is_a_400_naming_kind() {
        Map<String, Object> resource = resourceBody(site(ZONE));
        resource.put("kind", "SPACESHIP");

        Api.Response response = as(admin()).post("/api/v1/resources", resource);

        assertInvalid(response, 400, "kind");
    }

    @Test
    void a_capacity_that_is_not_a_number_is_a_400_naming_capacity() {
        Map<String, Object> resource = resourceBody(site(ZONE));
        resource.put("capacity", "many");

        Api.Response response = as(admin()).post("/api/v1/resources", resource);

        assertInvalid(response, 400, "capacity");
    }

    @Test
    void a_fractional_capacity_is_a_400_naming_capacity() {
        Map<String, Object> resource = resourceBody(site(ZONE));
        resource.put("capacity", 1.5);

        Api.Response response = as(admin()).post("/api/v1/resources", resource);

        assertInvalid(response, 400, "capacity");
    }

    @Test
    void an_unknown_role_is_a_400_naming_role() {
        Api.Response response = as(admin()).put("/api/v1/users/" + member().id() + "/role", Map.of("role", "GOD"));

        assertInvalid(response, 400, "role");
    }

    @Test
    void an_unknown_weekday_in_opening_hours_is_a_400_naming_that_entry() {
        Api.Response response = as(admin()).post("/api/v1/sites", Map.of("name", unique("Site"), "timeZone", ZONE,
                "openingHours", List.of(Map.of("day", "FUNDAY", "opens", "09:00", "closes", "17:00"))));

        assertInvalid(response, 400, "openingHours[0].day");
    }

    @Test
    void attendees_that_are_not_a_number_are_a_400_naming_attendees() {
        Map<String, Object> booking = bookingBody(room(4), at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0));
        booking.put("attendees", "lots");

        Api.Response response = as(member()).post("/api/v1/bookings", booking);

        assertInvalid(response, 400, "attendees");
    }

    @Test
    void a_date_time_without_an_offset_is_a_400_naming_startsAt() {
        Map<String, Object> booking = bookingBody(room(4), at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0));
        booking.put("startsAt", at(ZONE, 2, 10, 0).toLocalDateTime().toString());

        Api.Response response = as(member()).post("/api/v1/bookings", booking);

        assertInvalid(response, 400, "startsAt");
    }

    // --- missing and out-of-range fields ----------------------------------------------------------

    @Test

    void a_booking_without_resource_start_and_end_is_a_400_naming_each_of_them() {
        Api.Response response = as(member()).post("/api/v1/bookings", Map.of("title", "Nothing to book"));

        assertInvalid(response, 400, "resourceId", "startsAt", "endsAt");
    }

    @Test
    void a_site_without_name_and_time_zone_is_a_400_naming_both() {
        Api.Response response = as(admin()).post("/api/v1/sites", Map.of("address", "Nowhere 1"));

        assertInvalid(response, 400, "name", "timeZone");
    }


    @ParameterizedTest(name = "attendees = {0}")
    @ValueSource(ints = {0, -3})
    void zero_or_negative_attendees_are_a_400_naming_attendees(int attendees) {
        Map<String, Object> booking = bookingBody(room(4), at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0));
        booking.put("attendees", attendees);

        Api.Response response = as(member()).post("/api/v1/bookings", booking);

        assertInvalid(response, 400, "attendees");
    }

    @ParameterizedTest(name = "capacity = {0}")
    @ValueSource(ints = {0, -5})
    void a_zero_or_negative_capacity_is_a_400_naming_capacity(int capacity) {
        Map<String, Object> resource = resourceBody(site(ZONE));
        resource.put("capacity", capacity);

        Api.Response response = as(admin()).post("/api/v1/resources", resource);

        assertInvalid(response, 400, "capacity");
    }

    @Test

    void a_booking_title_over_200_characters_is_a_400_naming_title() {
        Map<String, Object> booking = bookingBody(room(4), at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0));
        booking.put("title", "t".repeat(201));

        Api.Response response = as(member()).post("/api/v1/bookings", booking);

        assertInvalid(response, 400, "title");
    }

    @Test
    void a_resource_name_over_120_characters_is_a_400_naming_name() {
        Map<String, Object> resource = resourceBody(site(ZONE));
        resource.put("name", "n".repeat(121));

        Api.Response response = as(admin()).post("/api/v1/resources", resource);

        assertInvalid(response, 400, "name");
    }

    @Test
    void a_site_name_over_120_characters_is_a_400_naming_name() {
        Api.Response response = as(admin()).post("/api/v1/sites", Map.of("name", "s".repeat(121), "timeZone", ZONE));

        assertInvalid(response, 400, "name");
    }

    @Test
    void a_password_shorter_than_8_characters_is_a_400_naming_password() {
        Api.Response response = anonymous().post("/api/v1/auth/register",
                Map.of("email", unique("short") + "@example.test", "password", "1234567", "displayName", "Short"));

        assertInvalid(response, 400, "password");
    }

    @Test
    void a_password_longer_than_128_characters_is_a_400_naming_password() {
        Api.Response response = anonymous().post("/api/v1/auth/register",
                Map.of("email", unique("long") + "@example.test", "password", "p".repeat(129), "displayName", "Long"));

        assertInvalid(response, 400, "password");
    }

    @Test
    void an_email_that_is_not_an_email_is_a_400_naming_email() {
        Api.Response response = anonymous().post("/api/v1/auth/register",
                Map.of("email", "not-an-email", "password", PASSWORD, "displayName", "Nobody"));

        assertInvalid(response, 400, "email");
    }

    @Test
    void an_attendance_day_that_is_not_a_date_is_a_400_naming_day() {
        Api.Response response = as(member()).get("/api/v1/sites/" + site(ZONE) + "/attendance?day=2026-13-40");

        assertInvalid(response, 400, "day");
    }

    @Test
    void an_unknown_time_zone_is_a_400_naming_timeZone() {
        Api.Response response = as(admin()).post("/api/v1/sites",
                Map.of("name", unique("Olympus base"), "timeZone", "Mars/Olympus"));

        assertInvalid(response, 400, "timeZone");
    }

    // --- references to things that do not exist or do not fit ----------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,    /api/v1/resources/999999999",
            "PUT,    /api/v1/resources/999999999",
            "DELETE, /api/v1/resources/999999999",
            "GET,    /api/v1/sites/999999999",
            "PUT,    /api/v1/sites/999999999",
            "DELETE, /api/v1/sites/999999999",
            "GET,    /api/v1/sites/999999999/floors",
            "POST,   /api/v1/sites/999999999/floors",
            "GET,    /api/v1/sites/999999999/attendance",
            "GET,    /api/v1/bookings/999999999",
            "POST,   /api/v1/bookings/999999999/cancel",
            "POST,   /api/v1/bookings/999999999/approve",
            "POST,   /api/v1/bookings/999999999/reject",
            "GET,    /api/v1/users/999999999",
            "PUT,    /api/v1/users/999999999/role",
            "POST,   /api/v1/users/999999999/deactivate"})
    void an_unknown_id_in_the_path_is_a_404(String method, String path) {
        Object body = switch (method + " " + path.replaceAll("/\\d+", "/{id}")) {
            case "PUT /api/v1/resources/{id}" -> resourceBody(site(ZONE));
            case "PUT /api/v1/sites/{id}" -> Map.of("name", unique("Site"), "timeZone", ZONE);
            case "POST /api/v1/sites/{id}/floors" -> Map.of("name", "Ground", "level", 0);
            case "PUT /api/v1/users/{id}/role" -> Map.of("role", "VIEWER");
            default -> null;
        };

        Api.Response response = as(admin()).send(method, path, body);

        assertProblem(response, 404);
        assertThat(response.json().get("type").asString()).endsWith("/not-found");
    }

    @Test
    void booking_a_resource_that_does_not_exist_is_a_422_naming_resourceId() {
        Api.Response response = as(member()).post("/api/v1/bookings",
                booking(999_999_999L, at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0)));

        assertInvalid(response, 422, "resourceId");
    }

    @Test
    void a_resource_on_a_site_that_does_not_exist_is_a_422_naming_siteId() {
        Api.Response response = as(admin()).post("/api/v1/resources", resourceBody(999_999_999L));

        assertInvalid(response, 422, "siteId");
    }

    @Test
    void a_resource_on_a_floor_that_does_not_exist_is_a_422_naming_floorId() {
        Map<String, Object> resource = resourceBody(site(ZONE));
        resource.put("floorId", 999_999_999L);

        Api.Response response = as(admin()).post("/api/v1/resources", resource);

        assertInvalid(response, 422, "floorId");
    }

    @Test
    void a_resource_on_a_floor_of_another_site_is_a_400_naming_floorId() {
        long otherSite = site(ZONE);
        long floorElsewhere = as(admin()).post("/api/v1/sites/" + otherSite + "/floors",
                Map.of("name", "Ground", "level", 0)).json().get("id").asLong();
        Map<String, Object> resource = resourceBody(site(ZONE));
        resource.put("floorId", floorElsewhere);

        Api.Response response = as(admin()).post("/api/v1/resources", resource);

        assertInvalid(response, 400, "floorId");
    }

    @Test
    void a_non_numeric_id_in_the_path_is_a_400_naming_id() {
        Api.Response response = as(viewer()).get("/api/v1/resources/abc");

        assertInvalid(response, 400, "id");
    }

    // --- query parameters -----------------------------------------------------------------------

    @Test
    void an_unknown_booking_status_filter_is_a_400_naming_status() {
        Api.Response response = as(member()).get("/api/v1/bookings?status=FOO");

        assertInvalid(response, 400, "status");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/v1/resources?size=0", "/api/v1/resources?size=1000", "/api/v1/bookings?size=0",
            "/api/v1/bookings?size=1000", "/api/v1/users?size=0", "/api/v1/users?size=1000"})
    void a_page_size_of_0_or_1000_is_a_400_naming_size(String path) {
        Api.Response response = as(admin()).get(path);

        assertInvalid(response, 400, "size");
    }

    @Test
    void free_from_without_free_to_is_a_400_naming_the_missing_bound() {
        String from = at(ZONE, 2, 10, 0).toString().replace("+", "%2B");

        Api.Response response = as(viewer()).get("/api/v1/resources?freeFrom=" + from);

        assertInvalid(response, 400, "freeTo");
    }

    @Test
    void a_booking_list_whose_from_is_not_before_to_is_a_400_naming_to() {
        Api.Response response = as(member()).get(
                "/api/v1/bookings?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z");

        assertInvalid(response, 400, "to");
    }

    @Test
    void a_booking_list_by_date_without_site_or_resource_is_a_400_naming_date() {
        Api.Response response = as(member()).get("/api/v1/bookings?date=2030-01-01");

        assertInvalid(response, 400, "date");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {
            "/api/v1/resources?freeFrom=-999999999-01-01T00:00:00Z&freeTo=%2B999999999-12-31T23:59:59Z",
            "/api/v1/bookings?from=-999999999-01-01T00:00:00Z&to=%2B999999999-12-31T23:59:59Z"})
    void a_date_time_beyond_the_supported_range_is_a_400_not_a_500(String path) {
        Api.Response response = as(member()).get(path);

        assertProblem(response, 400);
    }

    // --- booking rules (well-formed requests the rules refuse) ------------------------------------

    @ParameterizedTest(name = "ends {0} minutes after it starts")
    @ValueSource(ints = {0, -30})
    void a_booking_that_does_not_end_after_it_starts_is_a_422_naming_endsAt(int minutes) {
        OffsetDateTime start = at(ZONE, 2, 10, 0);

        Api.Response response = as(member()).post("/api/v1/bookings", booking(room(4), start, start.plusMinutes(minutes)));

        assertInvalid(response, 422, "endsAt");
        assertThat(rules(response)).contains("ends-after-start");
    }

    @Test
    void a_booking_that_starts_in_the_past_is_a_422_naming_startsAt() {
        OffsetDateTime yesterday = at(ZONE, -1, 10, 0);

        Api.Response response = as(member()).post("/api/v1/bookings", booking(room(4), yesterday, yesterday.plusHours(1)));

        assertInvalid(response, 422, "startsAt");
        assertThat(rules(response)).contains("not-in-past");
    }

    @Test
    void more_attendees_than_the_room_holds_is_a_422_naming_attendees() {
        Map<String, Object> booking = bookingBody(room(4), at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0));
        booking.put("attendees", 5);

        Api.Response response = as(member()).post("/api/v1/bookings", booking);

        assertInvalid(response, 422, "attendees");
        assertThat(rules(response)).contains("capacity");
    }

    @Test
    void booking_a_desk_more_than_14_days_ahead_breaks_the_horizon_rule() {
        long desk = resource(site(ZONE), "DESK", 1);

        Api.Response response = as(member()).post("/api/v1/bookings",
                booking(desk, at(ZONE, 15, 9, 0), at(ZONE, 15, 17, 0)));

        assertInvalid(response, 422, "startsAt");
        assertThat(rules(response)).contains("horizon");
    }

    @Test
    void a_desk_14_days_ahead_is_still_within_the_horizon() {
        long desk = resource(site(ZONE), "DESK", 1);

        Api.Response response = as(member()).post("/api/v1/bookings",
                booking(desk, at(ZONE, 14, 9, 0), at(ZONE, 14, 17, 0)));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void a_booking_outside_the_sites_opening_hours_is_a_422() {
        List<Map<String, String>> nineToFive = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            nineToFive.add(Map.of("day", day, "opens", "09:00", "closes", "17:00"));
        }
        long room = resource(site(ZONE, nineToFive), "ROOM", 4);

        Api.Response response = as(member()).post("/api/v1/bookings",
                booking(room, at(ZONE, 2, 18, 0), at(ZONE, 2, 19, 0)));

        assertInvalid(response, 422, "startsAt");
        assertThat(rules(response)).contains("opening-hours");
    }

    @Test
    void booking_a_deactivated_resource_is_a_422_naming_resourceId() {
        Map<String, Object> resource = resourceBody(site(ZONE));
        resource.put("active", false);
        long inactive = as(admin()).post("/api/v1/resources", resource).json().get("id").asLong();

        Api.Response response = as(member()).post("/api/v1/bookings",
                booking(inactive, at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0)));

        assertInvalid(response, 422, "resourceId");
        assertThat(rules(response)).contains("resource-inactive");
    }

    // --- conflicts ----------------------------------------------------------------------------------

    @Test
    void deleting_a_resource_that_has_bookings_is_a_409() {
        long room = room(4);
        Api.Response booked = as(member()).post("/api/v1/bookings", booking(room, at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0)));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        Api.Response response = as(admin()).delete("/api/v1/resources/" + room);

        assertProblem(response, 409);
        assertThat(response.json().get("type").asString()).endsWith("/resource-in-use");
        assertThat(as(admin()).get("/api/v1/resources/" + room).status()).isEqualTo(200);
    }

    @Test
    void deleting_a_resource_with_amenities_but_no_bookings_succeeds() {
        long room = resource(site(ZONE), "ROOM", 4, "projector", "whiteboard");

        Api.Response response = as(admin()).delete("/api/v1/resources/" + room);

        assertThat(response.status()).as(response.toString()).isEqualTo(204);
        assertThat(as(admin()).get("/api/v1/resources/" + room).status()).isEqualTo(404);
    }

    @Test
    void deleting_a_site_that_still_has_resources_is_a_409() {
        long site = site(ZONE);
        resource(site, "ROOM", 4);

        Api.Response response = as(admin()).delete("/api/v1/sites/" + site);

        assertProblem(response, 409);
        assertThat(response.json().get("type").asString()).endsWith("/site-in-use");
    }

    @Test
    void deleting_a_site_with_floors_but_no_resources_succeeds() {
        long site = site(ZONE);
        as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", "Ground", "level", 0));

        Api.Response response = as(admin()).delete("/api/v1/sites/" + site);

        assertThat(response.status()).as(response.toString()).isEqualTo(204);
    }

    @Test
    void a_second_floor_with_the_same_name_on_one_site_is_a_409_naming_name() {
        long site = site(ZONE);
        as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", "Ground", "level", 0));

        Api.Response response = as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", "Ground", "level", 1));

        assertInvalid(response, 409, "name");
    }

    @Test
    void registering_the_same_email_twice_is_a_409_naming_email() {
        String email = unique("twice") + "@example.test";
        Map<String, String> registration = Map.of("email", email, "password", PASSWORD, "displayName", "Twice");
        assertThat(anonymous().post("/api/v1/auth/register", registration).status()).isEqualTo(201);

        Api.Response response = anonymous().post("/api/v1/auth/register", registration);

        assertInvalid(response, 409, "email");
        assertThat(response.json().get("type").asString()).endsWith("/email-taken");
    }

    // --- authentication -----------------------------------------------------------------------------

    @Test
    void a_bogus_bearer_token_is_a_401_of_type_invalid_token() {
        Api.Response response = anonymous().withToken("not-a-real-token").get("/api/v1/me");

        assertProblem(response, 401);
        assertThat(response.json().get("type").asString()).endsWith("/invalid-token");
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
            "GET,    /api/v1/nothing-here, application/json, 404",
            "DELETE, /api/v1/bookings,     application/json, 405",
            "POST,   /api/v1/sites,        text/plain,       415"})
    void a_request_no_endpoint_handles_still_gets_a_complete_problem_detail(String method, String path,
            String contentType, int status) {
        Api.Response response = as(member()).withHeader("Content-Type", contentType).send(method, path, null);

        assertProblem(response, status);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static Map<String, Object> resourceBody(long siteId) {
        Map<String, Object> body = new HashMap<>();
        body.put("siteId", siteId);
        body.put("kind", "ROOM");
        body.put("name", unique("room"));
        body.put("capacity", 4);
        return body;
    }

    private static Map<String, Object> bookingBody(long resourceId, OffsetDateTime start, OffsetDateTime end) {
        return new HashMap<>(booking(resourceId, start, end));
    }

    /** An RFC 9457 problem with the given status and every standard member. */
    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode json = response.json();
        assertThat(json.path("type").asString()).as("type of " + response).startsWith("https://");
        assertThat(json.path("title").asString()).as("title of " + response).isNotBlank();
        assertThat(json.path("status").asInt()).as("status of " + response).isEqualTo(status);
        assertThat(json.path("detail").asString()).as("detail of " + response).isNotBlank();
    }

    /** A problem whose {@code errors} name at least the given fields. */
    private static void assertInvalid(Api.Response response, int status, String... fields) {
        assertProblem(response, status);
        assertThat(fields(response)).as(response.toString()).contains(fields);
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : response.json().path("errors")) {
            fields.add(error.get("field").asString());
            assertThat(error.get("message").asString()).isNotBlank();
        }
        return fields;
    }

    private static List<String> rules(Api.Response response) {
        List<String> rules = new ArrayList<>();
        for (JsonNode violation : response.json().path("violations")) {
            rules.add(violation.get("rule").asString());
        }
        return rules;
    }
}
