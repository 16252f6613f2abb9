package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who is in, narrowed: by team, to my own team, and by part of a name in any alphabet; guests go with their host. */
class WhoIsInFiltersIT extends AllotIntegrationTest {

    private static final String ZONE = "Asia/Yerevan";

    private User person(String name, String team) {
        String email = unique("who") + "@example.test";
        Api.Response added = as(admin()).post("/api/v1/people", Map.of("displayName", name, "email", email,
                "team", team, "password", PASSWORD));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return signIn(email, PASSWORD);
    }

    private static List<String> names(JsonNode json, String list) {
        return json.get(list).valueStream().map(node -> node.get("name").asString()).toList();
    }

    @Test
    void the_day_narrows_to_a_team_to_my_team_and_to_part_of_a_name() {
        long site = site(ZONE);
        String design = unique("Design");
        String sales = unique("Sales");
        String anna = unique("Анна Ёлкина");
        String boris = unique("Boris");
        User annaIn = person(anna, design);
        User borisIn = person(boris, sales);
        LocalDate day = LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(3);
        for (User user : List.of(annaIn, borisIn)) {
            Api.Response booked = as(user).post("/api/v1/bookings", Map.of("resourceId", resource(site, "DESK", 1),
                    "day", day.toString()));
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        }
        as(annaIn).post("/api/v1/bookings", Map.of("resourceId", resource(site, "DESK", 1), "day", day.toString(),
                "guest", Map.of("name", "Carla Guest")));
        String url = "/api/v1/sites/" + site + "/attendance?day=" + day;

        JsonNode everyone = as(borisIn).get(url).json();
        JsonNode designOnly = as(borisIn).get(url + "&team=" + design).json();
        JsonNode mine = as(borisIn).get(url + "&myTeam=true").json();
        JsonNode byName = as(borisIn).get(url + "&q=" + "ёЛКин").json();

        assertThat(names(everyone, "people")).containsExactlyInAnyOrder(anna, boris);
        assertThat(everyone.get("people").valueStream().filter(p -> p.get("name").asString().equals(anna))
                .findFirst().orElseThrow().get("team").asString()).isEqualTo(design);
        assertThat(names(designOnly, "people")).containsExactly(anna);
        assertThat(names(designOnly, "guests")).containsExactly("Carla Guest");
        assertThat(names(mine, "people")).containsExactly(boris);
        assertThat(names(mine, "guests")).isEmpty();
        assertThat(names(byName, "people")).containsExactly(anna);
        // the site's figures are not narrowed
        assertThat(designOnly.get("desks").asInt()).isEqualTo(3);
    }

    @Test
    void my_team_is_nobody_for_someone_in_no_team_and_an_overlong_filter_is_a_400() {
        long site = site(ZONE);
        User loner = member();
        LocalDate day = LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(1);
        as(loner).post("/api/v1/bookings", Map.of("resourceId", resource(site, "DESK", 1), "day", day.toString()));
        String url = "/api/v1/sites/" + site + "/attendance?day=" + day;

        assertThat(as(loner).get(url).json().get("people")).hasSize(1);
        assertThat(as(loner).get(url + "&myTeam=true").json().get("people")).isEmpty();
        Api.Response tooLong = as(loner).get(url + "&q=" + "x".repeat(101));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }
}
