package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The who's-in page's team, my-team and name filters. */
class WhoIsInFiltersPageIT extends AllotIntegrationTest {

    private static final String ZONE = "Asia/Yerevan";

    @Test
    void the_page_narrows_by_my_team_and_name_and_keeps_the_filters_from_day_to_day() {
        long site = site(ZONE);
        String team = unique("Ops");
        String name = unique("Dana");
        String email = unique("dana") + "@example.test";
        Api.Response added = as(admin()).post("/api/v1/people", Map.of("displayName", name, "email", email,
                "team", team, "password", PASSWORD));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        LocalDate day = LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(2);
        as(signIn(email, PASSWORD)).post("/api/v1/bookings", Map.of("resourceId", resource(site, "DESK", 1),
                "day", day.toString()));
        WebSession web = WebSession.signedIn(port, email, PASSWORD);

        String mine = web.get("/who?site=" + site + "&date=" + day + "&mine=true").body();
        String nobody = WebSession.signedIn(port, member().email(), PASSWORD)
                .get("/who?site=" + site + "&date=" + day + "&q=zzzz-nobody").body();

        assertThat(mine).contains(name, team, "name=\"team\"", "name=\"q\"", "mine=true");
        assertThat(nobody).doesNotContain(name).contains("Nobody matching these filters");
    }
}
