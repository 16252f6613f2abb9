package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A person's bookings read by cursor: the pages' order, slice by slice, nothing counted. */
class BookingCursorIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void a_cursor_reads_the_same_bookings_as_the_pages_slice_by_slice() {
        User member = member();
        long room = room(4);
        for (int day = 1; day <= 7; day++) {
            OffsetDateTime start = at(ZONE, day, 9, 0);
            Api.Response booked = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1)));
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        }
        List<Long> byPage = ids(as(member).get("/api/v1/bookings?size=200").json());

        List<Long> byCursor = new ArrayList<>();
        List<JsonNode> slices = new ArrayList<>();
        String after = "";
        do {
            Api.Response slice = as(member).get("/api/v1/bookings?size=3&after="
                    + URLEncoder.encode(after, StandardCharsets.UTF_8));
            assertThat(slice.status()).as(slice.toString()).isEqualTo(200);
            slices.add(slice.json());
            byCursor.addAll(ids(slice.json()));
            after = slice.json().get("next").isNull() ? null : slice.json().get("next").asString();
        } while (after != null && slices.size() < 10);
        JsonNode firstPage = as(member).get("/api/v1/bookings?size=3").json();
        JsonNode afterFirstPage = as(member).get("/api/v1/bookings?size=3&after="
                + URLEncoder.encode(firstPage.get("next").asString(), StandardCharsets.UTF_8)).json();

        assertThat(byPage).hasSize(7);
        assertThat(byCursor).isEqualTo(byPage);
        assertThat(slices).hasSize(3);
        assertThat(slices.getFirst().get("total").isNull()).isTrue();
        assertThat(slices.getFirst().get("page").isNull()).isTrue();
        assertThat(firstPage.get("total").asLong()).isEqualTo(7);
        assertThat(ids(afterFirstPage)).isEqualTo(byPage.subList(3, 6));
        assertThat(as(member).get("/api/v1/bookings?size=200").json().get("next").isNull()).isTrue();
    }

    @Test
    void a_cursor_the_api_did_not_give_out_is_refused_with_400_naming_after() {
        Api.Response made = as(member()).get("/api/v1/bookings?after=bm90LWEtY3Vyc29y");
        Api.Response garbage = as(member()).get("/api/v1/bookings?after=%25%25%25");

        for (Api.Response refused : List.of(made, garbage)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("after");
        }
    }

    @Test
    void a_member_reads_nobody_elses_bookings_by_cursor() {
        User other = member();

        Api.Response refused = as(member()).get("/api/v1/bookings?after=&userId=" + other.id());

        assertThat(refused.status()).isEqualTo(403);
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
