package dev.allot.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.OpenApiContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API description tells clients what may be null (issue 14, finding 7). Every API test holds its
 * real answers to it through {@link OpenApiContract}; this test shows what the document says and that
 * the contract does refuse an answer the document does not describe.
 */
class OpenApiDocumentIT extends AllotIntegrationTest {

    @Test
    void a_field_that_may_be_null_says_so_and_the_others_are_required() {
        JsonNode booking = anonymous().get("/v3/api-docs").json().get("components").get("schemas").get("BookingResponse");

        assertThat(types(booking.get("properties").get("note"))).containsExactlyInAnyOrder("string", "null");
        assertThat(types(booking.get("properties").get("cancelledBy"))).contains("null");
        assertThat(types(booking.get("properties").get("title"))).containsExactly("string");
        assertThat(strings(booking.get("required"))).contains("id", "title", "startsAt", "status")
                .doesNotContain("note", "reason", "checkedInAt");
    }

    @Test
    void the_contract_refuses_an_answer_that_the_document_does_not_describe() {
        OpenApiContract contract = OpenApiContract.of("http://localhost:" + port);

        List<String> nullTitle = contract.violations("GET", "/api/v1/bookings/1", 200, "application/json",
                "{\"id\": 1, \"title\": null}");
        List<String> undocumented = contract.violations("GET", "/api/v1/no-such-thing", 200, "application/json", "{}");

        assertThat(nullTitle).anySatisfy(violation -> assertThat(violation).contains("/title"));
        assertThat(nullTitle).anySatisfy(violation -> assertThat(violation).contains("resourceId"));
        assertThat(undocumented).singleElement().asString().contains("not in the API description");
    }

    private static List<String> types(JsonNode property) {
        JsonNode type = property.get("type");
        return type == null ? List.of() : type.isArray() ? strings(type) : List.of(type.asString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
