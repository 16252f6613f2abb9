package dev.allot.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.demo.DemoOffice;
import dev.allot.identity.Identity;
import dev.allot.identity.NewPerson;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import dev.allot.web.AdminWebSession;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A small demo office on an installation of its own (the demo only starts on an empty one): a
 * SQLite file, or a schema of its own in the PostgreSQL test database. The steps build on each
 * other, in order.
 */
@TestPropertySource(properties = {"allot.telegram.run=false", "allot.demo.sites=2", "allot.demo.rooms=5", "allot.demo.desks=8",
        "allot.demo.equipment=3", "allot.demo.people=12", "allot.demo.history-months=1",
        "allot.demo.future-weeks=1", "allot.demo.batch-size=40", "allot.demo.seed=7"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class DemoOfficeIT extends AllotIntegrationTest {

    private static final String ACTIVE = "('PENDING', 'CONFIRMED')";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoOffice demo;

    @Autowired
    Identity identity;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void emptyInstallation(DynamicPropertyRegistry registry) throws IOException {
        String postgres = System.getProperty("spring.datasource.url");
        if (postgres == null) {
            String file = Files.createTempDirectory("allot-demo-it-").resolve("allot.db").toString();
            registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
        } else {
            String schema = "demo_it_" + UUID.randomUUID().toString().substring(0, 8);
            registry.add("spring.datasource.url", () -> postgres + (postgres.contains("?") ? "&" : "?")
                    + "currentSchema=" + schema + ",public");
            registry.add("spring.flyway.schemas", () -> schema);
        }
    }

    @Test
    @Order(1)
    void an_empty_installation_offers_the_demo_office_and_the_button_creates_it() {
        AdminWebSession browser = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(browser.get("/admin").body()).contains("action=\"/admin/demo\"");

        AdminWebSession.Response created = browser.submit("/admin", "/admin/demo", Map.of());

        assertThat(created.status()).as(created.toString()).isEqualTo(302);
        assertThat(browser.follow(created).body()).contains("The demo office is ready: 2 sites, 5 rooms, 8 desks")
                .doesNotContain("action=\"/admin/demo\"");
    }

    @Test
    @Order(2)
    void the_database_holds_the_small_office_and_its_history_through_the_real_import() {
        assertThat(count("select count(*) from site")).isEqualTo(2);
        assertThat(count("select count(distinct time_zone) from site")).isEqualTo(2);
        assertThat(count("select count(*) from resource where kind = 'ROOM'")).isEqualTo(5);
        assertThat(count("select count(*) from resource where kind = 'DESK'")).isEqualTo(8);
        assertThat(count("select count(*) from resource where kind = 'EQUIPMENT'")).isEqualTo(3);
        assertThat(count("""
                select count(*) from resource_photo p join resource r on r.id = p.resource_id
                 where r.kind = 'ROOM' and p.content_type = 'image/png'""")).isEqualTo(5);
        assertThat(count("select count(*) from app_user where email like '%@allot-demo.example' and team is null"))
                .as("every demo person is in a team").isZero();
        assertThat(count("select count(distinct team) from app_user")).isGreaterThan(3);
        assertThat(count("select count(*) from app_user where email like '%@allot-demo.example' and home_site_id is not null"))
                .isEqualTo(12);

        long now = System.currentTimeMillis();
        assertThat(count("select count(*) from booking")).isGreaterThan(200);
        assertThat(count("select count(*) from booking where ends_at < " + (now - 20L * 86_400_000))).isPositive();
        assertThat(count("select count(*) from booking where starts_at > " + now)).isPositive();
        assertThat(count("select count(*) from booking where status = 'CANCELLED'")).isPositive();
        assertThat(count("select count(*) from booking where checked_in_at is not null")).isPositive();
        assertThat(count("select count(*) from booking where status = 'CONFIRMED' and checked_in_at is null and ends_at < "
                + now)).as("no-shows").isPositive();
        assertThat(count("""
                select count(*) from booking a join booking b
                    on a.resource_id = b.resource_id and a.id < b.id
                   and a.starts_at < b.ends_at and b.starts_at < a.ends_at
                 where a.status in %s and b.status in %s""".formatted(ACTIVE, ACTIVE))).isZero();
    }

    @Test
    @Order(2)
    void every_floor_has_a_generated_svg_plan_and_every_desk_and_room_its_place_on_it() {
        assertThat(count("select count(*) from floor_plan where content_type = 'image/svg+xml'"))
                .isEqualTo(count("select count(*) from floor")).isPositive();
        assertThat(count("select count(*) from resource where kind in ('DESK', 'ROOM') and plan_x is null")).isZero();
        assertThat(count("select count(*) from resource where kind = 'EQUIPMENT' and plan_x is not null")).isZero();
        assertThat(count("""
                select count(*) from resource a join resource b on a.floor_id = b.floor_id and a.id < b.id
                 where a.plan_x = b.plan_x and a.plan_y = b.plan_y""")).as("two things in one place").isZero();

        long floor = count("select min(floor_id) from floor_plan");
        AdminWebSession member = AdminWebSession.signedIn(port, OfficePlanner.MEMBER_EMAIL, "allot-demo");
        AdminWebSession.Response plan = member.get("/floors/" + floor + "/plan");
        assertThat(plan.status()).isEqualTo(200);
        String room = jdbc.sql("select name from resource where floor_id = :floor and kind = 'ROOM' order by id limit 1")
                .param("floor", floor).query(String.class).single();
        assertThat(plan.body()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains(">" + room + "<");
    }

    @Test
    @Order(2)
    void the_coming_days_have_desk_days_guests_a_full_site_with_a_line_offers_answers_and_fixed_desks() {
        long now = System.currentTimeMillis();
        String booked = "booking b join resource r on r.id = b.resource_id where r.kind = 'DESK' and b.status in "
                + ACTIVE;
        assertThat(count("select count(*) from " + booked + " and b.day is not null")).as("desk days")
                .isGreaterThan(10);
        assertThat(count("select count(*) from " + booked + " and b.guest_name is not null")).as("guests").isPositive();
        assertThat(count("select count(*) from presence where status = 'PRESENT'")).as("in by choice").isPositive();
        assertThat(count("select count(*) from presence where status = 'WAITING' and guest_name is null"))
                .as("waiting").isPositive();
        assertThat(count("select count(*) from presence where status = 'OFFERED' and offer_expires_at > " + now))
                .as("offers pending").isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from presence where status = 'BOOKED'")).as("auto-assigned").isPositive();
        assertThat(count("select count(*) from desk_policy where auto_assign")).isEqualTo(1);
        assertThat(count("""
                select count(*) from (select r.site_id, c.day, count(*) as held from desk_claim c
                  join resource r on r.id = c.resource_id group by r.site_id, c.day) d
                 where d.held = (select count(*) from resource x where x.kind = 'DESK' and x.site_id = d.site_id)"""))
                .as("a full site-day").isPositive();
        assertThat(count("select count(*) from attendance_confirmation where answer = 'YES'")).isPositive();
        assertThat(count("""
                select count(*) from attendance_confirmation a join booking b on b.id = a.booking_id
                 where a.answer = 'NO' and b.status = 'CANCELLED'""")).as("released by a no").isBetween(1L, 2L);
        assertThat(count("select count(*) from fixed_desk")).isPositive();
        assertThat(count("select count(*) from fixed_desk_release")).isEqualTo(1);
        assertThat(count("""
                select count(*) from booking b join resource r on r.id = b.resource_id
                 where r.kind = 'DESK' and b.day is null and b.ends_at > %d""".formatted(now)))
                .as("no imported desk bookings from today on: they would claim no day").isZero();
        assertThat(count("""
                select count(*) from (select b.user_id, b.day from %s and b.guest_name is null and b.day is not null
                 group by b.user_id, b.day having count(*) > 1) twice""".formatted(booked))).isZero();
    }

    @Test
    @Order(2)
    void the_demo_has_film_evenings_coming_with_requests_and_invitations_and_past_ones_with_ratings() {
        long now = System.currentTimeMillis();
        assertThat(count("select count(*) from gathering where starts_at > " + now)).as("coming").isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from gathering where ends_at < " + now)).as("past").isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from gathering where room_id is not null")).as("in a room").isEqualTo(1);
        assertThat(count("select count(distinct privacy) from gathering")).isEqualTo(3);
        assertThat(count("select count(*) from gathering_participant where state = 'REQUESTED'")).isPositive();
        assertThat(count("select count(*) from gathering_participant where state = 'INVITED'")).isPositive();
        assertThat(count("select count(*) from gathering_rating")).isGreaterThanOrEqualTo(10);

        User member = signIn(OfficePlanner.MEMBER_EMAIL, "allot-demo");
        JsonNode mine = as(member).get("/api/v1/events?mine=HOST").json();
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("host").get("rating").get("count").asInt()).as("from the past evening")
                .isPositive();
        assertThat(as(member).get("/api/v1/events?mine=GUEST").json().get("total").asLong()).as("asked and invited")
                .isEqualTo(2);
        assertThat(AdminWebSession.signedIn(port, OfficePlanner.MEMBER_EMAIL, "allot-demo").get("/events").body())
                .contains("Stalker night", "Board games");
    }

    @Test
    @Order(3)
    void demo_people_sign_in_with_the_shared_password_are_listed_for_admins_and_rooms_show_their_picture() {
        AdminWebSession member = AdminWebSession.signedIn(port, OfficePlanner.MEMBER_EMAIL, "allot-demo");
        Api.Response people = as(admin()).get("/api/v1/users?size=50");
        assertThat(people.status()).as(people.toString()).isEqualTo(200);
        assertThat(people.body()).contains(OfficePlanner.MEMBER_EMAIL);
        assertThat(AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD).get("/admin/people").body())
                .contains(OfficePlanner.MEMBER_EMAIL);

        long room = count("select min(id) from resource where kind = 'ROOM'");
        AdminWebSession.Response photo = member.get("/resources/" + room + "/photo");
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.header("Content-Type")).isEqualTo("image/png");
        assertThat(member.get("/resources/" + room).body()).contains("/resources/" + room + "/photo?v=");
    }

    @Test
    @Order(4)
    void a_second_demo_is_refused_by_the_api_and_by_the_demo_flag_and_nothing_is_duplicated(CapturedOutput output) {
        long bookings = count("select count(*) from booking");
        long people = count("select count(*) from app_user");

        Api.Response again = as(admin()).post("/api/v1/demo", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/demo-refused");
        assertThat(as(signIn(OfficePlanner.MEMBER_EMAIL, "allot-demo")).post("/api/v1/demo", null).status())
                .isEqualTo(403);

        new DemoOnStartup(new DefaultApplicationArguments("--demo"), demo, identity, environment).onReady();
        assertThat(output.getOut()).contains("--demo refused: There are sites already");

        assertThat(demo.canCreate()).isFalse();
        assertThat(count("select count(*) from booking")).isEqualTo(bookings);
        assertThat(count("select count(*) from app_user")).isEqualTo(people);
        assertThat(count("select count(*) from site")).isEqualTo(2);
    }

    @Test
    @Order(5)
    void importing_people_is_all_or_nothing_and_for_admins_only() {
        var admin = identity.currentUser(new UserId(admin().id())).orElseThrow();
        var member = identity.currentUser(new UserId(signIn(OfficePlanner.MEMBER_EMAIL, "allot-demo").id())).orElseThrow();
        long people = count("select count(*) from app_user");
        List<NewPerson> batch = List.of(
                new NewPerson("new.person@allot-demo.example", "New Person", Role.MEMBER, "en", null),
                new NewPerson(OfficePlanner.MEMBER_EMAIL.toUpperCase(), "Taken", Role.MEMBER, null, null));

        assertThatThrownBy(() -> identity.importPeople(batch, "a shared password for the new desks", admin))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo("email-taken"));
        assertThatThrownBy(() -> identity.importPeople(batch.subList(0, 1), "whatever", member))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        assertThat(count("select count(*) from app_user")).isEqualTo(people);

        assertThat(identity.importPeople(batch.subList(0, 1), "a shared password for the new desks", admin)).hasSize(1);
        signIn("new.person@allot-demo.example", "a shared password for the new desks");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
