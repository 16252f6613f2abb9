package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.AllotApplication;
import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Two nodes on one database with allot.web.shared-sessions: this test's application and a second one
 * started beside it. One browser (one cookie jar; cookies are per host, not per port) signs in on one
 * node and goes on using the other.
 */
@TestPropertySource(properties = {"allot.web.shared-sessions=true", "allot.telegram.run=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSessionIT extends AllotIntegrationTest {

    @Autowired
    Environment environment;

    ConfigurableApplicationContext secondNode;

    @BeforeAll
    void startSecondNode() {
        List<String> arguments = secondNodeArguments(environment, "--allot.web.shared-sessions=true");
        secondNode = new SpringApplicationBuilder(AllotApplication.class).run(arguments.toArray(String[]::new));
    }

    @AfterAll
    void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    private int secondPort() {
        return ((WebServerApplicationContext) secondNode).getWebServer().getPort();
    }

    @Test
    void a_person_signed_in_on_one_node_is_signed_in_on_the_other() {
        User member = member();
        WebSession first = WebSession.signedIn(port, member.email(), PASSWORD);
        WebSession second = new WebSession("http://localhost:" + secondPort(), first.client());

        HttpResponse<String> home = second.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Member " + member.email());
    }

    @Test
    void signing_out_on_one_node_ends_the_session_on_the_other() {
        User member = member();
        WebSession first = WebSession.signedIn(port, member.email(), PASSWORD);
        WebSession second = new WebSession("http://localhost:" + secondPort(), first.client());
        String csrf = WebSession.hidden(second.get("/").body(), "_csrf");

        HttpResponse<String> signedOut = second.post("/logout", Map.of("_csrf", csrf));

        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login?signedOut"));
        assertThat(first.get("/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }

    @Test
    void the_session_is_a_row_in_the_database_under_the_persons_id() {
        User member = member();
        WebSession.signedIn(port, member.email(), PASSWORD);

        assertThat(secondNode.getBean(JdbcClient.class)
                .sql("select count(*) from spring_session where principal_name = :id")
                .param("id", String.valueOf(member.id())).query(Long.class).single()).isEqualTo(1L);
    }
}
