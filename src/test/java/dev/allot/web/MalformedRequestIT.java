package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Requests the server cannot read (issue 14, finding 3, and the body limit): a query parameter
 * without a name, a body too large. A clear 4xx, after the 401 or 403 a caller without the right
 * gets, and nothing in the log above debug level.
 */
class MalformedRequestIT extends AllotIntegrationTest {

    @Test
    void a_parameter_without_a_name_is_a_400_problem_and_leaves_no_stack_trace_in_the_log() {
        Api member = as(member());

        List<Api.Response> answers = logged(() -> List.of(anonymous().get("/v3/api-docs?=x"),
                member.get("/api/v1/bookings?="), member.get("/api/v1/resources?kind=ROOM&=x&minCapacity=1")));

        assertThat(answers).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).endsWith("/invalid-request");
        });
        assertThat(lastLog).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.INFO));
    }

    @Test
    void who_may_not_ask_is_told_so_before_their_query_is_read() {
        assertThat(anonymous().get("/api/v1/bookings?=").status()).isEqualTo(401);
        WebSession memberPages = WebSession.signedIn(port, member().email(), PASSWORD);

        assertThat(memberPages.getPage("/admin/people?=x").statusCode()).isEqualTo(403);
    }

    @Test
    void a_page_asked_for_with_such_a_query_is_the_friendly_error_page() {
        WebSession pages = WebSession.signedIn(port, member().email(), PASSWORD);

        HttpResponse<String> page = logged(() -> pages.getPage("/events?=x"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("class=\"error-page\"", "could not be read");
        assertThat(lastLog).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.INFO));
    }

    @Test
    void an_anonymous_body_over_the_small_limit_is_refused_with_413_before_it_is_read() {
        Api.Response response = anonymous().post("/api/v1/auth/register",
                "{\"email\": \"" + "a".repeat(300 * 1024) + "@example.test\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.json().get("type").asString()).endsWith("/body-too-large");
    }

    @Test
    void an_anonymous_body_of_undeclared_length_stops_being_read_at_the_limit() throws Exception {
        byte[] body = ("{\"email\": \"" + "a".repeat(300 * 1024) + "@example.test\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/register"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                // An input stream publisher has no length: the body goes chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("/body-too-large");
    }

    @Test
    void a_signed_in_body_under_its_larger_limit_is_read() {
        Api.Response response = as(admin()).post("/api/v1/sites",
                "{\"name\": \"" + "n".repeat(300 * 1024) + "\", \"timeZone\": \"Europe/Berlin\"}");

        // Read, and judged on its content: the name is too long, which only reading it tells.
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    private List<ILoggingEvent> lastLog = List.of();

    /** Runs {@code action}, keeping what the application logged meanwhile in {@link #lastLog}. */
    private <T> T logged(Supplier<T> action) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            return action.get();
        } finally {
            root.detachAppender(appender);
            lastLog = List.copyOf(appender.list);
        }
    }
}
